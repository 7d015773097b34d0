/**
 * GraphQL through the app's route handler (the one `/api/graphql` uses: Payload's, with the
 * app's limits and 400s, src/graphql/handler.ts), with a real `Request`.
 */
import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { formatNames, toWords } from 'payload'

import { graphqlPost } from '../../src/graphql/handler'

import { TEST_ORIGIN } from './rest'

export interface GraphQLResult<T = any> {
  status: number
  data: T
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[]
}

export function graphqlClient(config: SanitizedConfig) {
  const handler = graphqlPost(config)
  return async function query<T = any>(
    source: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResult<T>> {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const request = new Request(`${TEST_ORIGIN}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: source, variables }),
    })
    const response = await handler(request)
    const json = (await response.json()) as { data: T; errors?: GraphQLResult['errors'] }
    return { status: response.status, data: json.data, errors: json.errors }
  }
}

/**
 * The query names Payload gives a collection, worked out from the config as Payload's
 * GraphQL schema does (`graphQL.singularName/pluralName`, else the slug), or undefined
 * when the collection has no GraphQL (`graphQL: false`).
 */
export function graphqlNames(collection: SanitizedCollectionConfig): { singular: string; plural: string } | undefined {
  const own = collection.graphQL as false | undefined | { pluralName?: string; singularName?: string }
  if (own === false) return undefined
  const fromSlug = formatNames(collection.slug)
  const singular = own?.singularName ? toWords(own.singularName, true) : fromSlug.singular
  const plural = own?.pluralName ? toWords(own.pluralName, true) : fromSlug.plural
  // As Payload does for "Media" and the like.
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

interface TypeRef {
  kind: string
  name: null | string
  ofType: null | TypeRef
}

interface SchemaType {
  name: string
  kind: string
  fields: null | { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }[]
  possibleTypes: null | { name: string }[]
}

const INTROSPECTION = `{ __schema { queryType { name } types { name kind possibleTypes { name }
  fields { name args { name type { kind name ofType { kind name } } } type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type)

export interface SchemaSelections {
  /** The fields of the Query type, by name, with their argument names. */
  queries: Map<string, string[]>
  /**
   * A selection of every field of `typeName` (and of the objects it holds) down to
   * `depth` object levels; `fieldArgs` may add arguments to a field that accepts them
   * (e.g. `draft: true` on relationships). Fields with required arguments are left out.
   */
  select: (typeName: string, depth: number, fieldArgs?: (argNames: string[]) => string) => string
  /** The type a query returns (unwrapped). */
  typeOf: (queryName: string) => string | undefined
}

/** Reads the live schema once, to build selections of everything a query can return. */
export async function schemaSelections(query: ReturnType<typeof graphqlClient>): Promise<SchemaSelections> {
  const result = await query<{ __schema: { queryType: { name: string }; types: SchemaType[] } }>(INTROSPECTION)
  if (result.errors?.length) throw new Error(`introspection failed: ${result.errors[0]!.message}`)
  const types = new Map(result.data.__schema.types.map((t) => [t.name, t]))
  const root = types.get(result.data.__schema.queryType.name)!
  const leaf = (name: null | string) => {
    const kind = types.get(name ?? '')?.kind
    return kind === 'SCALAR' || kind === 'ENUM'
  }
  const select: SchemaSelections['select'] = (typeName, depth, fieldArgs = () => '') => {
    const type = types.get(typeName)
    if (!type?.fields) return ''
    const parts: string[] = []
    for (const field of type.fields) {
      if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) continue
      const inner = named(field.type)
      const args = fieldArgs(field.args.map((a) => a.name))
      if (leaf(inner.name)) {
        parts.push(field.name)
        continue
      }
      const target = types.get(inner.name ?? '')
      if (!target || depth <= 0) continue
      if (target.kind === 'OBJECT') {
        const sub = select(target.name, depth - 1, fieldArgs)
        if (sub) parts.push(`${field.name}${args} { ${sub} }`)
      } else if (target.kind === 'UNION') {
        const branches = (target.possibleTypes ?? []).map(
          (p) => `... on ${p.name} { ${select(p.name, depth - 1, fieldArgs) || '__typename'} }`,
        )
        parts.push(`${field.name}${args} { __typename ${branches.join(' ')} }`)
      }
    }
    return parts.join(' ')
  }
  return {
    queries: new Map((root.fields ?? []).map((f) => [f.name, f.args.map((a) => a.name)])),
    select,
    typeOf: (name) => {
      const field = root.fields?.find((f) => f.name === name)
      return field ? (named(field.type).name ?? undefined) : undefined
    },
  }
}
