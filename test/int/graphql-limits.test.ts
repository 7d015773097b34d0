/**
 * GraphQL without limits (issue 17, item 2): one anonymous query with 500 aliases ran 90 s and
 * held up other requests; cyclic fragments crashed Payload's cost estimate with a stack
 * overflow (500). Every limit of src/graphql/limits.ts is a 400 with a Thai / English message,
 * decided before anything runs (no database read), through the app's `/api/graphql` handler;
 * what the app's own clients and the leak suite ask stays within them.
 */
import { getIntrospectionQuery } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS } from '../../src/graphql/limits'
import { graphqlClient, type GraphQLResult, graphqlNames, schemaSelections } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { TEST_ORIGIN } from '../helpers/rest'

const THAI = /[\u0E00-\u0E7F]/

let t: TestPayload
let query: ReturnType<typeof graphqlClient>

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  query = graphqlClient(t.config)
}, 300_000) // boot and the demo seed: minutes on a loaded machine

afterAll(async () => {
  await t?.cleanup()
})

/** Counts the database reads made while `run` runs. */
async function databaseReads<T>(run: () => Promise<T>): Promise<{ result: T; reads: number }> {
  const db = t.payload.db as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const names = ['find', 'findOne', 'count', 'queryDrafts', 'findGlobal', 'findVersions'] as const
  const originals = names.map((name) => db[name])
  let reads = 0
  names.forEach((name, i) => {
    db[name] = (...args) => {
      reads++
      return originals[i]!.apply(t.payload.db, args)
    }
  })
  try {
    return { result: await run(), reads }
  } finally {
    names.forEach((name, i) => (db[name] = originals[i]!))
  }
}

/** A refused request: 400, every message "ไทย / English", nothing read from the database. */
async function expectRefused(source: string, english: RegExp) {
  const started = Date.now()
  const { result, reads } = await databaseReads(() => query(source))
  expect(result.status, JSON.stringify(result.errors)).toBe(400)
  expect(result.data ?? null).toBeNull()
  const messages = (result.errors ?? []).map((e) => e.message)
  expect(messages.some((m) => english.test(m)), messages.join('\n')).toBe(true)
  for (const message of messages) {
    const [th, en] = message.split(' / ')
    expect(th, message).toMatch(THAI)
    expect(en, message).toMatch(/[A-Za-z]/)
  }
  expect(reads).toBe(0)
  expect(Date.now() - started).toBeLessThan(5_000)
  return result
}

const repeat = (n: number, each: (i: number) => string) => Array.from({ length: n }, (_, i) => each(i)).join(' ')

describe('refused before anything runs', () => {
  it('500 aliases of a list (the probe that ran 90 s)', async () => {
    await expectRefused(`query { ${repeat(500, (i) => `a${i}: Divisions { totalDocs }`)} }`, /more than 30 aliases/)
  })

  it('aliases hidden in a fragment count where the fragment is spread', async () => {
    const fragment = `fragment F on Division { ${repeat(20, (i) => `n${i}: nameTh`)} }`
    await expectRefused(`query { Divisions { docs { ...F ...F } } } ${fragment}`, /more than 30 aliases/)
  })

  it('more root fields than allowed, without aliases', async () => {
    const schema = await schemaSelections(query)
    const roots = [...schema.queries].filter(([, args]) => !args.includes('id')).map(([name]) => name)
    expect(roots.length).toBeGreaterThan(GRAPHQL_LIMITS.maxRootFields)
    const source = `query { ${roots
      .slice(0, GRAPHQL_LIMITS.maxRootFields + 1)
      .map((name) => `${name} { __typename }`)
      .join(' ')} }`
    await expectRefused(source, /more than 20 root fields/)
  })

  it('a cyclic fragment, directly or through another (Payload: a stack overflow, 500)', async () => {
    await expectRefused(
      'query { Divisions { docs { ...A } } } fragment A on Division { id ...A }',
      /fragments spread themselves in a cycle: A/,
    )
    await expectRefused(
      'query { Divisions { docs { ...A } } } fragment A on Division { id ...B } fragment B on Division { nameTh ...A }',
      /cycle: A, B|cycle: B, A/,
    )
    // And the next request is served as usual.
    expect((await query('{ Divisions { totalDocs } }')).status).toBe(200)
  })

  it('a fragment bomb: each fragment spreads the next twice (2^20 fields from 22 lines)', async () => {
    const fragments = repeat(20, (i) => `fragment F${i} on Division { ...F${i + 1} ...F${i + 1} }`)
    await expectRefused(
      `query { Divisions { docs { ...F0 } } } ${fragments} fragment F20 on Division { id nameTh }`,
      /more than 2000 fields/,
    )
  })

  it('nesting deeper than allowed', async () => {
    const open = repeat(20, () => 'fields { type {')
    const close = repeat(20, () => '} }')
    await expectRefused(`{ __schema { types { ${open} name ${close} } } }`, /deeper than 15 levels/)
  })

  it('a query nested 100,000 levels, and one longer than allowed, are not even parsed', async () => {
    const deep = await query(`{ ${'a { '.repeat(100_000)}b${' }'.repeat(100_000)} }`)
    expect(deep.status).toBe(400)
    expect(deep.errors?.[0]?.message).toMatch(THAI)
    await expectRefused(`{ Divisions { totalDocs } } # ${'x'.repeat(GRAPHQL_LIMITS.maxQueryChars)}`, /longer than 100000/)
  })

  it("Payload's own cost estimate (relationships cost 10) is the last limit", async () => {
    const schema = await schemaSelections(query)
    const names = graphqlNames(t.payload.collections.organisations.config)!
    const selection = schema.select(schema.typeOf(names.singular)!, 1)
    const source = `query { ${repeat(GRAPHQL_LIMITS.maxRootFields, (i) => `o${i}: ${names.plural} { docs { ${selection} } }`)} }`
    await expectRefused(source, /maximum complexity of 1000/)
  })

  it('a syntax error and an unknown field are a 400 too (graphql-http answers 200)', async () => {
    await expectRefused('{ Divisions { ', /Syntax Error/)
    await expectRefused('{ Divisions { noSuchField } }', /Cannot query field/)
  })

  it('also when the client asks for application/graphql-response+json', async () => {
    const { graphqlPost } = await import('../../src/graphql/handler')
    const response = await graphqlPost(t.config)(
      new Request(`${TEST_ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: `{ ${repeat(40, (i) => `a${i}: Divisions { totalDocs }`)} }` }),
      }),
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as GraphQLResult
    expect(body.errors?.[0]?.message).toMatch(THAI)
  })
})

describe('what real clients ask stays within the limits', () => {
  it('the standard introspection query (GraphiQL)', async () => {
    const result = await query(getIntrospectionQuery())
    expect(result.status).toBe(200)
    expect(result.errors).toBeUndefined()
  })

  it('every collection, everything selected four relationship levels deep (as the leak suite asks)', async () => {
    const schema = await schemaSelections(query)
    const refused: string[] = []
    for (const collection of t.payload.config.collections) {
      const names = graphqlNames(collection)
      if (!names || !schema.queries.has(names.plural)) continue
      const typeName = schema.typeOf(names.singular) ?? names.singular
      const draft = (args: string[]) => (args.includes('draft') ? '(draft: true)' : '')
      const result = await query(
        `{ ${names.plural}(limit: 1000, draft: true) { totalDocs docs { ${schema.select(typeName, 4, draft)} } } }`,
      )
      const limit = result.errors?.find((e) => e.extensions?.code === 'QUERY_LIMIT' || /complexity/.test(e.message))
      if (limit) refused.push(`${collection.slug}: ${limit.message}`)
    }
    expect(refused).toEqual([])
  })
})
