/**
 * Never a 500 for a client's mistake in what it asks for (issue 17, items 3 and 11): every
 * collection in the config × every path it can be queried by × every operator Payload knows
 * × a value of every wrong type; every route parameter of every endpoint (collections,
 * globals, root) and the query parameters of the list routes, with values of the wrong type;
 * malformed multipart and deeply nested JSON; Payload's internal and unknown routes (a plain
 * 404); GraphQL `where` with wrong types. A wrong type is a 400 in Payload's error shape
 * whose every message is Thai / English; a well-typed query still answers 200. The cases come
 * from the config, so a collection, field or endpoint added later is covered for free.
 */
import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { validOperators } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { appCollections } from '../helpers/config-walk'
import { graphqlClient, graphqlNames } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient, type RestResponse, TEST_ORIGIN } from '../helpers/rest'
import { oncePerShape } from '../helpers/sweep'

// The public site's reads are cached by Next.js; outside a Next.js server they run as they are.
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  unstable_cache: (read: () => unknown) => read,
  revalidateTag: () => {},
}))

const THAI = /[\u0E00-\u0E7F]/
const LATIN = /[A-Za-z]{2,}/

let t: TestPayload
let rest: RestClient
const counted = { where: 0, routes: 0, params: 0, bodies: 0, graphql: 0 }

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  // Thousands of refused requests: their log lines would drown the report.
  t.payload.logger.level = 'fatal'
}, 300_000) // boot and the demo seed: minutes on a loaded machine

afterAll(async () => {
  const total = Object.values(counted).reduce((a, b) => a + b, 0)
  console.log(
    `query-fuzz: ${total} cases (${counted.where} where, ${counted.routes} route parameters, ` +
      `${counted.params} query parameters, ${counted.bodies} bodies, ${counted.graphql} GraphQL)`,
  )
  await t?.cleanup()
})

/** Every message of a 4xx answer is "ไทย / English" (item 11). */
function messagesOf(body: unknown): string[] {
  const errors = (body as { errors?: unknown[] } | undefined)?.errors
  if (!Array.isArray(errors)) return [JSON.stringify(body)]
  const messages: string[] = []
  for (const error of errors as { message?: unknown; data?: { errors?: { message?: unknown }[] } }[]) {
    messages.push(String(error.message))
    for (const inner of error.data?.errors ?? []) messages.push(String(inner.message))
  }
  return messages
}

/** Thai before a " / ", English after it. */
function isBilingual(message: string): boolean {
  for (let at = message.indexOf(' / '); at > 0; at = message.indexOf(' / ', at + 3)) {
    if (THAI.test(message.slice(0, at)) && LATIN.test(message.slice(at + 3))) return true
  }
  return false
}

/** What is wrong with an answer that should be a 400 in Payload's error shape, if anything. */
function not400(res: RestResponse): string | undefined {
  if (res.status !== 400) return `answered ${res.status}: ${JSON.stringify(res.body).slice(0, 160)}`
  const errors = res.body?.errors
  if (!Array.isArray(errors) || errors.length === 0 || typeof errors[0].message !== 'string')
    return `400 not in Payload's error shape: ${JSON.stringify(res.body).slice(0, 160)}`
  return notBilingual(res)
}

function notBilingual(res: RestResponse): string | undefined {
  const english = messagesOf(res.body).find((m) => !isBilingual(m))
  return english === undefined ? undefined : `message not Thai / English: ${english.slice(0, 160)}`
}

// ---------------------------------------------------------------------------------------
// where: every collection × query path × operator × value
// ---------------------------------------------------------------------------------------

type Kind = 'number' | 'id' | 'date' | 'boolean' | 'text' | 'option' | 'json' | 'point' | 'polymorphic'

interface QueryPath {
  path: string
  kind: Kind
  /** Payload refuses it whatever the value (hidden from the API). */
  hidden: boolean
  hasMany: boolean
  /** A select's or radio's options: any other value is a 400 (PostgreSQL's enum refuses it). */
  options?: string[]
}

/** The paths a collection can be queried by, read from its (flattened) fields. */
function queryPaths(fields: FlattenedField[], prefix = '', hiddenParent = false): QueryPath[] {
  const paths: QueryPath[] = []
  for (const field of fields) {
    if ('virtual' in field && field.virtual) continue
    const path = `${prefix}${field.name}`
    const hidden = hiddenParent || Boolean('hidden' in field && field.hidden)
    const hasMany = 'hasMany' in field && field.hasMany === true
    const add = (kind: Kind, options?: string[]) => paths.push({ path, kind, hidden, hasMany, options })
    switch (field.type) {
      case 'number':
        add('number')
        break
      case 'date':
        add('date')
        break
      case 'checkbox':
        add('boolean')
        break
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        add('text')
        break
      case 'select':
      case 'radio':
        add('option', field.options.map((o) => (typeof o === 'string' ? o : o.value)))
        break
      case 'json':
      case 'richText':
        add('json')
        break
      case 'point':
        add('point')
        break
      case 'relationship':
      case 'upload':
        if (Array.isArray(field.relationTo)) add('polymorphic')
        else {
          add('id')
          paths.push({ path: `${path}.id`, kind: 'id', hidden, hasMany })
        }
        break
      case 'group':
      case 'tab':
      case 'array':
        paths.push(...queryPaths(field.flattenedFields, `${path}.`, hidden))
        break
      case 'blocks':
        paths.push({ path: `${path}.blockType`, kind: 'text', hidden, hasMany: false })
        for (const block of field.blocks ?? []) {
          if (typeof block !== 'string') paths.push(...queryPaths(block.flattenedFields, `${path}.`, hidden))
        }
        break
      default:
        break
    }
  }
  return paths
}

const OBJECT = Symbol('object')
type Value = string | typeof OBJECT

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const PATTERN_OPERATORS = new Set(['like', 'not_like', 'contains'])

/**
 * Whether a pattern operator suits the path, as Payload's SQL adapters run it: `like` on a
 * number or an id is `equals`; `not_like` (NOT ILIKE) and `contains` (ILIKE) take text only,
 * `contains` also the rows of a has-many relationship or select; a select's column holds its
 * options only (PostgreSQL: an enum), so no pattern suits it.
 */
function patternSuits(kind: Kind, operator: string, hasMany: boolean): boolean {
  if (kind === 'text') return true
  if (operator === 'like') return kind === 'number' || kind === 'id' || kind === 'polymorphic'
  if (operator === 'contains') return hasMany && (kind === 'id' || kind === 'polymorphic' || kind === 'option')
  return false
}

/** A value that is none of the options. */
const notAnOption = (options: string[] = []) => ['x', 'no-such-option', 'zz-none'].find((v) => !options.includes(v))!

/** Values of the wrong type for a path and operator: the query must be a 400. */
function wrongValues(query: QueryPath, operator: string, ownId: boolean): Value[] {
  const { kind, hasMany } = query
  if (operator === 'exists') return ['abc', OBJECT]
  if (GEO_OPERATORS.has(operator)) return kind === 'point' ? ['abc', OBJECT] : ['1,2', OBJECT]
  if (kind === 'json') return ['\u0000']
  if (PATTERN_OPERATORS.has(operator) && !patternSuits(kind, operator, hasMany)) return ['abc', OBJECT]
  // `like` on a number or the document's id is the admin's search box: any text, but text.
  if (operator === 'like' && (kind === 'number' || ownId)) return ['\u0000', OBJECT]
  const list = LIST_OPERATORS.has(operator)
  switch (kind) {
    case 'number':
      return list ? ['1,abc', OBJECT] : ['abc', '12abc', '\u0000', OBJECT]
    case 'id':
      return list ? ['1,abc', 'a,b', OBJECT] : ['abc', '1.5', '\u0000', OBJECT]
    case 'date':
      return list ? ['notadate,2023-01-01', OBJECT] : ['notadate', '\u0000', OBJECT]
    case 'boolean':
      // '' is no value for most fields, but PostgreSQL's boolean refuses it.
      return list ? ['true,abc', OBJECT] : ['abc', '', OBJECT]
    case 'polymorphic':
      return list ? ['1,abc', OBJECT] : ['abc', OBJECT]
    case 'option': {
      const none = notAnOption(query.options)
      return list ? [`${query.options?.[0] ?? 'x'},${none}`, '\u0000', OBJECT] : [none, ' ', '\u0000', OBJECT]
    }
    case 'text':
      return ['\u0000', OBJECT]
    case 'point':
      return [OBJECT]
    default:
      return []
  }
}

/** Values that are no mistake of type but easily mishandled: any answer but a 500. */
function awkwardValues(kind: Kind, operator: string): string[] {
  if (LIST_OPERATORS.has(operator) || GEO_OPERATORS.has(operator) || operator === 'exists') return []
  return kind === 'json' ? [] : ['', ' ']
}

/** A well-typed query may still be refused for other reasons: not readable (403), not queryable (QueryError). */
const acceptable = (res: RestResponse) =>
  res.status === 200 || res.status === 403 || (res.status === 400 && res.body?.errors?.[0]?.name === 'QueryError')

/** A value of the right type, for operators that suit the path: the query must answer 200. */
function rightValue(query: QueryPath, operator: string, ownId: boolean): string | undefined {
  const { kind, hasMany } = query
  if (GEO_OPERATORS.has(operator) || kind === 'json' || kind === 'point' || kind === 'polymorphic') return undefined
  // `all` is for fields with many values, and only some databases run it (a 400 elsewhere).
  if (operator === 'all') return undefined
  if (operator === 'exists') return 'true'
  if (PATTERN_OPERATORS.has(operator) && !patternSuits(kind, operator, hasMany)) return undefined
  if (operator === 'like' && (kind === 'number' || ownId)) return 'abc'
  const list = LIST_OPERATORS.has(operator)
  const options = query.options ?? []
  if (kind === 'option') return list ? [options[0], options.at(-1)].join(',') : options[0]
  const one = { number: '5', id: '1', date: '2023-03-31', boolean: 'true', text: 'x' }[kind]
  return list ? `${one},${one}` : one
}

function whereQuery(path: string, operator: string, value: Value): string {
  const key = `where[${path}][${operator}]`
  return value === OBJECT ? `${key}[nested]=1` : `${key}=${encodeURIComponent(value)}`
}

/** Collections with a REST list route (Payload's internal `payload-migrations` has none). */
const listed = (collection: SanitizedCollectionConfig) =>
  collection.endpoints !== false && collection.endpoints.some((e) => e.method === 'get' && e.path === '/')

const show = (value: Value) => (value === OBJECT ? '{object}' : JSON.stringify(value))

/**
 * The embedded database runs the whole sweep (some 20,000 requests). On any other, each
 * shape once: the first path of each kind × hasMany × nesting depth × operator
 * (test/helpers/sweep.ts says why). The whole sweep took 148 s on PostgreSQL in a CI run,
 * this one 11 s.
 */
const shapeOnce = () =>
  oncePerShape<{ query: QueryPath; operator: string }>(
    t.payload,
    ({ query, operator }) => `${query.kind}|${query.hasMany}|${query.path.split('.').length}|${operator}`,
  )

describe('where: every collection × path × operator × wrong type', () => {
  it('is a 400 with a Thai / English message, never a 500; the right type answers 200', async () => {
    const problems: string[] = []
    const sweeps = shapeOnce()
    for (const collection of t.payload.config.collections) {
      if (!listed(collection)) continue
      const paths = [
        { path: 'id', kind: 'id' as Kind, hidden: false, hasMany: false },
        ...queryPaths(collection.flattenedFields),
      ]
      for (const query of paths) {
        const { path, kind, hidden } = query
        for (const operator of validOperators) {
          if (!sweeps({ query, operator })) continue
          const url = (value: Value) => `/${collection.slug}?limit=1&depth=0&${whereQuery(path, operator, value)}`
          // Refused before access is asked: anonymous is enough, and spares a sign-in check per case.
          for (const value of wrongValues(query, operator, path === 'id')) {
            let res = await rest.get(url(value), { token: null })
            // Access was asked before the value (a nested where Payload checks itself): ask as the admin.
            if (res.status === 403) res = await rest.get(url(value))
            counted.where++
            const problem = not400(res)
            if (problem) problems.push(`${collection.slug} ${path} ${operator} ${show(value)}: ${problem}`)
          }
          for (const value of awkwardValues(kind, operator)) {
            const res = await rest.get(url(value))
            counted.where++
            if (res.status >= 500) problems.push(`${collection.slug} ${path} ${operator} ${show(value)}: answered ${res.status}`)
            else if (res.status >= 400 && notBilingual(res))
              problems.push(`${collection.slug} ${path} ${operator} ${show(value)}: ${notBilingual(res)}`)
          }
          const right = hidden ? undefined : rightValue(query, operator, path === 'id')
          if (right !== undefined) {
            const res = await rest.get(url(right))
            counted.where++
            if (!acceptable(res))
              problems.push(
                `${collection.slug} ${path} ${operator} ${show(right)}: a well-typed query answered ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
              )
          }
        }
      }
    }
    expect(problems).toEqual([])
  }, 1_800_000) // some 20,000 requests on SQLite (or PRONGSAI_FULL_SWEEP=1): a loaded machine may need minutes

  it('and/or nested too deep, too many conditions, or not an object: 400', async () => {
    const problems: string[] = []
    const deep = `${'{"or":['.repeat(100_000)}{"id":{"equals":1}}${']}'.repeat(100_000)}`
    const many = { or: Array.from({ length: 5000 }, (_, i) => ({ id: { equals: i + 1 } })) }
    const cases: Record<string, string> = {
      'nested 100,000 levels': `where=${encodeURIComponent(deep)}`,
      '5,000 conditions': `where=${encodeURIComponent(JSON.stringify(many))}`,
      'value nested 100,000 levels': `where=${encodeURIComponent(`{"id":{"equals":${'['.repeat(100_000)}1${']'.repeat(100_000)}}}`)}`,
      'not JSON': `where=${encodeURIComponent('{not json')}`,
      'a list': `where=${encodeURIComponent('[1,2]')}`,
      'a string': 'where=abc',
      'and not a list': 'where[and]=abc',
    }
    for (const collection of t.payload.config.collections) {
      if (!listed(collection)) continue
      for (const [name, query] of Object.entries(cases)) {
        const res = await rest.get(`/${collection.slug}?${query}`)
        counted.where++
        const problem = not400(res)
        if (problem) problems.push(`${collection.slug} where ${name}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  }, 120_000)
})

// ---------------------------------------------------------------------------------------
// Route parameters of every endpoint, query parameters of the list routes
// ---------------------------------------------------------------------------------------

/** Route parameters that are a document's or version's id: a wrong type is a 400. */
const ID_ROUTES = new Set(['/:id', '/:id/duplicate', '/access/:id?', '/versions/:id'])

const ROUTE_VALUES = [
  'abc',
  '\u0000',
  '1.5',
  '-1',
  '0',
  'Infinity',
  '99999999999999999999',
  '..',
  '%',
  '<script>',
  'ก'.repeat(300),
]

const isWholeNumber = (value: string) => /^-?\d{1,15}$/.test(value)

/** The plain 404 of an address no route serves (query-guard's notFound). */
const isNoSuchAddress = (res: RestResponse) =>
  res.status === 404 && messagesOf(res.body).some((m) => m.includes('there is no such address'))

interface Route {
  base: string
  method: string
  path: string
  idType?: 'number' | 'text'
}

function routesOf(): Route[] {
  const routes: Route[] = []
  const idType = (slug: string) =>
    (t.payload.collections[slug as never] as { customIDType?: 'number' | 'text' }).customIDType ?? t.payload.db.defaultIDType
  for (const collection of t.payload.config.collections) {
    if (collection.endpoints === false) continue
    for (const [index, endpoint] of collection.endpoints.entries()) {
      if (shadowed(collection.endpoints.slice(0, index), endpoint)) continue
      const versionRoute = endpoint.path.startsWith('/versions/')
      routes.push({
        base: `/${collection.slug}`,
        method: endpoint.method,
        path: endpoint.path,
        // A collection that keeps no versions has no version routes: any id is a 404.
        idType: !ID_ROUTES.has(endpoint.path)
          ? undefined
          : !versionRoute
            ? (idType(collection.slug) as 'number' | 'text')
            : collection.versions
              ? t.payload.db.defaultIDType
              : undefined,
      })
    }
  }
  for (const global of t.payload.config.globals) {
    for (const endpoint of global.endpoints || []) {
      routes.push({
        base: `/globals/${global.slug}`,
        method: endpoint.method,
        path: endpoint.path,
        idType: endpoint.path === '/versions/:id' && global.versions ? t.payload.db.defaultIDType : undefined,
      })
    }
  }
  for (const endpoint of t.payload.config.endpoints) routes.push({ base: '', method: endpoint.method, path: endpoint.path })
  return routes
}

/** An earlier endpoint of the same method and shape answers first (`/:key` before `/:id`). */
function shadowed(earlier: { method: string; path: string }[], endpoint: { method: string; path: string }) {
  const shape = (path: string) => path.replace(/:\w+\??/g, ':p')
  return earlier.some((e) => e.method === endpoint.method && shape(e.path) === shape(endpoint.path))
}

describe('route parameters: every endpoint with a parameter × values of the wrong type', () => {
  it('never a 500; a document or version id of the wrong type, or a NUL, is a 400', async () => {
    const problems: string[] = []
    const before = await documentCounts()
    for (const route of routesOf()) {
      if (!/:\w+/.test(route.path)) continue
      for (const value of ROUTE_VALUES) {
        const path = route.path.replace(/:\w+\??/g, encodeURIComponent(value))
        const body = ['post', 'patch', 'put'].includes(route.method) ? {} : undefined
        const res = await rest.request(route.method.toUpperCase(), `${route.base}${path}`, { body })
        counted.routes++
        const label = `${route.method.toUpperCase()} ${route.base}${route.path} with ${JSON.stringify(value.slice(0, 12))}`
        if (res.status >= 500) problems.push(`${label}: answered ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`)
        else if (res.status >= 400 && notBilingual(res)) problems.push(`${label}: ${notBilingual(res)}`)
        // `..` is resolved away by the URL itself: it never reaches the route.
        const wrongId = route.idType === 'number' && !isWholeNumber(value) && value !== '..'
        if (wrongId && res.status !== 400) problems.push(`${label}: a wrong id answered ${res.status}, not 400`)
        // No database text holds a NUL (PostgreSQL refuses the query): refused before any handler,
        // unless no route serves the address (a plain 404 that reads nothing).
        if (value.includes('\u0000') && res.status !== 400 && !isNoSuchAddress(res))
          problems.push(`${label}: a NUL answered ${res.status}, not 400`)
      }
    }
    expect(problems).toEqual([])
    expect(await documentCounts()).toEqual(before)
  }, 300_000)

  it('a malformed % escape in the path is a 400, not a 500', async () => {
    for (const path of ['/news/%zz', '/news/%', '/%zz', '/news/1/%E0%A4%A', '/globals/%zz']) {
      const res = await rest.get(path)
      counted.routes++
      expect(not400(res), path).toBeUndefined()
    }
  })
})

async function documentCounts() {
  const counts: Record<string, number> = {}
  for (const c of t.payload.config.collections) {
    // `POST /api/payload-preferences/:key` saves a preference under any key: a write by design.
    if (c.slug === 'payload-preferences') continue
    counts[c.slug] = (await t.payload.count({ collection: c.slug as never, overrideAccess: true })).totalDocs
  }
  return counts
}

/** Query parameters Payload reads on its list routes, with wrong values; `true` when a 400 is due. */
const QUERY_PARAMS: [string, string, boolean][] = [
  ['limit', '-1', true],
  ['limit', 'abc', true],
  ['limit', '1.5', true],
  ['limit', 'Infinity', true],
  ['limit', '1e400', true],
  ['page', '-1', true],
  ['page', '0', true],
  ['page', 'abc', true],
  ['page', 'Infinity', true],
  ['depth', '-1', true],
  ['depth', 'abc', true],
  ['depth', '1.5', true],
  ['depth', '1000', false],
  ['sort', '%00', true],
  ['sort', '-', false],
  ['sort', ',,,', false],
  ['sort', 'no.such.path', false],
  ['select', 'abc', false],
  ['select[title][x]', 'abc', false],
  ['populate', 'abc', false],
  ['joins', 'abc', false],
  ['draft', 'abc', false],
  ['trash', 'abc', false],
  ['pagination', 'abc', false],
  ['locale', '%00', false],
  ['fallbackLocale', 'zz', false],
]

describe('query parameters of the list, count and versions routes', () => {
  it('never a 500; a limit, page or depth that is no whole number in range, or a sort with a NUL, is a 400', async () => {
    const problems: string[] = []
    for (const collection of t.payload.config.collections) {
      if (!listed(collection)) continue
      const lists = ['', '/count', ...(collection.versions ? ['/versions'] : [])]
      for (const list of lists) {
        for (const [name, value, due400] of QUERY_PARAMS) {
          const url = `/${collection.slug}${list}?${name}=${value === '%00' ? value : encodeURIComponent(value)}`
          const res = await rest.get(url)
          counted.params++
          if (due400) {
            if (list === '/count' && !['depth', 'limit', 'page', 'sort'].includes(name)) continue
            const problem = not400(res)
            if (problem) problems.push(`GET ${url}: ${problem}`)
          } else if (res.status >= 500) {
            problems.push(`GET ${url}: answered ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  }, 300_000)
})

// ---------------------------------------------------------------------------------------
// Internal and unknown routes
// ---------------------------------------------------------------------------------------

describe("Payload's internal and unknown routes", () => {
  it('are a plain 404 with a Thai / English message, through handleEndpoints and the Next.js route', async () => {
    const paths = [
      '/payload-migrations',
      '/payload-migrations/1',
      '/payload-migrations/count',
      '/no-such-collection',
      '/no-such-collection/1',
      '/policies/1/no-such-route',
      '/policies/versions/1/no-such-route',
      '/globals/no-such-global',
    ]
    const problems: string[] = []
    const get = REST_GET(t.config)
    const post = REST_POST(t.config)
    for (const path of paths) {
      for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
        const res = await rest.request(method, path, { body: method === 'GET' || method === 'DELETE' ? undefined : {} })
        counted.routes++
        if (res.status !== 404) problems.push(`${method} ${path}: answered ${res.status} ${JSON.stringify(res.body)}`)
        else if (notBilingual(res)) problems.push(`${method} ${path}: ${notBilingual(res)}`)
      }
      for (const [method, handler] of [
        ['GET', get],
        ['POST', post],
      ] as const) {
        const request = new Request(`${TEST_ORIGIN}/api${path}`, {
          method,
          headers: { Authorization: `JWT ${rest.token}`, 'Content-Type': 'application/json' },
          body: method === 'POST' ? '{}' : undefined,
        })
        const response = await handler(request, { params: Promise.resolve({ slug: path.split('/').slice(1) }) })
        counted.routes++
        if (response.status !== 404) problems.push(`Next.js ${method} ${path}: answered ${response.status}`)
      }
    }
    expect(problems).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------
// Malformed bodies the input fuzz does not send
// ---------------------------------------------------------------------------------------

const multipart = (boundary: string, parts: string) => ({
  headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
  rawBody: parts,
})

describe('malformed multipart and deeply nested JSON', () => {
  it('are a 400 with a Thai / English message and save nothing, in every collection', async () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`
    const file = (name: string) =>
      `--b\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\nxx\r\n` +
      `--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--b--\r\n`
    const bodies: Record<string, { headers: Record<string, string>; rawBody: string }> = {
      'multipart with the wrong boundary': multipart('xyz', file('a.png')),
      'multipart without a boundary': { headers: { 'Content-Type': 'multipart/form-data' }, rawBody: file('a.png') },
      'truncated multipart': multipart('b', file('a.png').slice(0, 60)),
      'NUL in a file name': multipart('b', file('a\u0000.png')),
      'a part header without a name': multipart('b', '--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n'),
      'JSON nested 100,000 levels': {
        headers: { 'Content-Type': 'application/json' },
        rawBody: `{"title":"x","unknown":${deep}}`,
      },
      'JSON nested 100,000 levels in a field': {
        headers: { 'Content-Type': 'application/json' },
        rawBody: `{"title":${deep}}`,
      },
      '_payload nested 100,000 levels': multipart(
        'b',
        `--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"a":${deep}}\r\n--b--\r\n`,
      ),
    }
    const problems: string[] = []
    for (const collection of await appCollections(t.payload)) {
      const before = (await t.payload.count({ collection: collection.slug as never, overrideAccess: true })).totalDocs
      const { docs } = await t.payload.find({ collection: collection.slug as never, limit: 1, depth: 0, draft: true })
      const id = (docs[0] as { id?: unknown } | undefined)?.id
      for (const [name, body] of Object.entries(bodies)) {
        for (const [method, path] of [
          ['POST', `/${collection.slug}`],
          ...(id === undefined ? [] : [['PATCH', `/${collection.slug}/${id}`]]),
        ] as const) {
          const res = await rest.request(method, path, body)
          counted.bodies++
          const problem = not400(res)
          if (problem) problems.push(`${method} ${path} ${name}: ${problem}`)
        }
      }
      const after = (await t.payload.count({ collection: collection.slug as never, overrideAccess: true })).totalDocs
      if (after !== before) problems.push(`${collection.slug}: a refused body saved a document`)
    }
    expect(problems).toEqual([])
  }, 300_000)
})

// ---------------------------------------------------------------------------------------
// GraphQL where with wrong types
// ---------------------------------------------------------------------------------------

describe('GraphQL where with wrong types', () => {
  it('never a 500 (status or error), every error Thai / English', async () => {
    const query = graphqlClient(t.config)
    const problems: string[] = []
    const wrong: Partial<Record<Kind, unknown[]>> = {
      number: ['abc', { a: 1 }],
      id: ['abc', 1.5, { a: 1 }],
      date: ['notadate', { a: 1 }],
      boolean: ['abc'],
      text: [{ a: 1 }],
    }
    for (const collection of t.payload.config.collections as SanitizedCollectionConfig[]) {
      const names = graphqlNames(collection)
      if (!names || collection.graphQL === false) continue
      // GraphQL types `where` by the kind of field: one field of each kind per collection.
      const paths = queryPaths(collection.flattenedFields).filter((p) => !p.path.includes('.') && !p.hidden)
      const oneOfEachKind = [{ path: 'id', kind: 'id' as Kind }, ...paths].filter(
        (p, i, all) => all.findIndex((q) => q.kind === p.kind) === i,
      )
      for (const { path, kind } of oneOfEachKind) {
        for (const value of wrong[kind] ?? []) {
          for (const operator of ['equals', 'in', 'near']) {
            const source = `query($v: JSON) { ${names.plural}(where: { ${path}: { ${operator}: $v } }) { totalDocs } }`
            const untyped = `{ ${names.plural}(where: { ${path}: { ${operator}: ${JSON.stringify(value).replace(/"(\w+)":/g, '$1:')} } }) { totalDocs } }`
            for (const [label, res] of [
              ['variable', await query(source, { v: value }, rest.token)],
              ['literal', await query(untyped, {}, rest.token)],
            ] as const) {
              counted.graphql++
              const where = `${names.plural} ${path} ${operator} ${JSON.stringify(value)} (${label})`
              if (res.status >= 500) problems.push(`${where}: status ${res.status}`)
              for (const error of res.errors ?? []) {
                if (error.extensions?.statusCode >= 500) problems.push(`${where}: ${error.message}`)
                else if (!isBilingual(error.message)) problems.push(`${where}: not Thai / English: ${error.message}`)
              }
            }
          }
        }
      }
    }
    expect(problems).toEqual([])
  }, 300_000)
})

// ---------------------------------------------------------------------------------------
// Answers Payload gives in English only (item 11)
// ---------------------------------------------------------------------------------------

describe('answers Payload writes in English (or in one language) are Thai / English', () => {
  const text = (value: string) => ({ type: 'text', text: value, version: 1, format: 0, detail: 0, mode: 'normal', style: '' })
  const richText = (node: Record<string, unknown>) => ({
    root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [node] },
  })
  const heading = { type: 'heading', tag: 'h9', version: 1, format: '', indent: 0, direction: 'ltr', children: [text('x')] }
  const link = {
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { linkType: 'custom', url: '', newTab: false },
    children: [text('x')],
  }
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

  it('in Thai and in English requests, REST and GraphQL', async () => {
    const { docs } = await t.payload.find({ collection: 'news', limit: 1, depth: 0, draft: true })
    const id = (docs[0] as { id: number }).id
    const problems: string[] = []
    for (const language of ['th', 'en']) {
      const headers = { 'Accept-Language': language, Cookie: `payload-lng=${language}` }
      const form = new FormData()
      form.append('file', new Blob([svg], { type: 'image/svg+xml' }), 'x.svg')
      form.append('_payload', JSON.stringify({ alt: 'x' }))
      const cases: [string, () => Promise<RestResponse>][] = [
        ['rich text: a heading tag that is not enabled', () => rest.patch(`/news/${id}`, { body: richText(heading) }, { headers })],
        ['rich text: a link without an address', () => rest.patch(`/news/${id}`, { body: richText(link) }, { headers })],
        ['Missing ID of the document to update', () => rest.patch('/news/0', { title: 'x' }, { headers })],
        ['Missing ID of a version', () => rest.get('/news/versions/0', { headers })],
        ['a path that cannot be queried', () => rest.get('/news?where[nosuch][equals]=1', { headers })],
        ['an SVG upload', () => rest.post('/media', form, { headers })],
      ]
      for (const [name, send] of cases) {
        const res = await send()
        counted.bodies++
        const problem = res.status >= 400 && res.status < 500 ? notBilingual(res) : `answered ${res.status}`
        if (problem) problems.push(`${language}: ${name}: ${problem}`)
      }
      const names = graphqlNames(t.payload.collections.news.config)!
      const gql = await graphqlClient(t.config)(
        `mutation { update${names.singular}(id: 0, data: { title: "x" }) { id } }`,
        {},
        rest.token,
      )
      counted.graphql++
      for (const error of gql.errors ?? []) {
        if (!isBilingual(error.message)) problems.push(`${language}: GraphQL Missing ID: ${error.message}`)
      }
      if (!gql.errors?.length) problems.push(`${language}: GraphQL update with id 0 answered no error`)
    }
    expect(problems).toEqual([])
  })

  it('sign-in and the other account routes: a body nested 100,000 levels is a 400, not a 500', async () => {
    const deep = `{"email":${'['.repeat(100_000)}${']'.repeat(100_000)},"password":"x"}`
    const problems: string[] = []
    for (const collection of t.payload.config.collections.filter((c) => c.auth)) {
      const routes = (collection.endpoints || []).filter((e) => e.method === 'post' && !e.path.includes(':'))
      for (const route of routes) {
        const res = await rest.request('POST', `/${collection.slug}${route.path}`, {
          token: null,
          headers: { 'Content-Type': 'application/json' },
          rawBody: deep,
        })
        counted.bodies++
        if (res.status >= 500) problems.push(`POST /${collection.slug}${route.path}: answered ${res.status}`)
        else if (res.status >= 400 && notBilingual(res)) problems.push(`POST /${collection.slug}${route.path}: ${notBilingual(res)}`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe("the public site's search", () => {
  it('takes whatever a visitor types: control characters are no words, not a refused query', async () => {
    // Imported here, after bootPayload: the site's module loads payload.config, which reads
    // DATABASE_URI when first imported (a static import would open the developer's ./data).
    const { search } = await import('../../src/site/data')
    for (const q of ['\u0000', 'สงกรานต์\u0000x', '%', '{"a":1}', 'ก'.repeat(500)]) {
      await expect(search(q), JSON.stringify(q.slice(0, 12))).resolves.toBeInstanceOf(Array)
    }
  })
})
