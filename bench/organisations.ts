/**
 * `npm run bench` (last part): many organisations on one deployment, as ratios measured in one run.
 *
 * Two databases per adapter, side by side in this process, both built by the app's own
 * `createConfig()`: one with 1 organisation (the demo อบจ., `seed()`), one with N (BENCH_ORGS,
 * default 200) organisations each holding a copy of the demo's documents. The demo is seeded
 * once (then its stored OIT statuses computed, `refreshSummaries`); the big database starts as
 * a copy of that one, and each further organisation is a `tenants` row with its own domain
 * (`org-<n>.bench.localhost`, through the adapter) and a copy of every row of every
 * organisation-scoped collection and of the tables hanging off them (arrays, relationships,
 * localized rows, versions; files' rows, audit log, stored statuses), made with SQL: new ids,
 * the new organisation, references remapped to the copies, a unique column not scoped by the
 * organisation (a file's name) kept unique; rows of all organisations interleaved. Every table
 * is then checked to hold N times the small database's rows. PostgreSQL is ANALYZEd after the
 * copy (both databases); SQLite is left as the app leaves it (no ANALYZE).
 * Measured: the demo organisation on the small database, organisation ⌈N/2⌉ on the big one.
 *
 * Measured on both, as the ratio N orgs / 1 org:
 * 1. the public list: anonymous `GET /api/news?depth=1` and `/api/executives?depth=1` on the
 *    organisation's host, through Payload's REST handler (`handleEndpoints`, real Requests),
 *    requests alternating between the two databases in blocks of 20; p99 (and p50);
 * 2. one organisation's OIT status: median of `GET /api/oit/2566/status` as its administrator
 *    (an account with roles admin + publisher, as `npm run org:create` makes);
 * 3. the view across organisations: median of `GET /api/oit/2566/overview` (JSON, every
 *    organisation's row checked) as a platform administrator; before it, the time of a
 *    `refreshSummaries(payload)` round with nothing changed and of one organisation's
 *    recomputation (information). Without the endpoint or `refreshSummaries` exported by
 *    `@prongsai/oit/utilities`: "not measured" with the reason;
 * 4. a save through the publish gate: median of creating a complete executive as a draft and
 *    publishing it (as bench/gate-overhead.ts), Local API as the organisation's administrator.
 *    Last, as the saves add to what the reads read (the one-by-one measures alternate too).
 * Targets: every ratio ≤ 1.2× (the list's p99; its p50 is shown for information), and the
 * view across N organisations < 1 s (its ratio shown for information). On SQLite, then on
 * PostgreSQL (TEST_POSTGRES_URI or the local server; skipped with a line when it does not
 * answer; its databases dropped at the end).
 *
 * Index check, on the big database: the SELECT statements of one list request of each kind and
 * of one status request (drizzle's logger) are explained (PostgreSQL: EXPLAIN; SQLite: EXPLAIN
 * QUERY PLAN); each table read is counted as through an index starting with the organisation
 * column (`tenant_id`, `version_tenant_id`), by id or parent id, a scan of a small table by id
 * or parent (an index for it exists; the planner's choice at this size), or other; each other
 * read is listed with the columns it compares, and the summary gives per table the columns an
 * index starting with the organisation would need (for the collection configs: not changed here).
 *
 * No timed assertion: the verdicts are printed, with the conditions (N, documents, requests,
 * cores, load average).
 *
 * Environment: BENCH_ORGS organisations in the big database (200, at least 2);
 * BENCH_ORGS_REQUESTS list requests per database and collection (400); BENCH_ORGS_RUNS status
 * and view runs per database (20); BENCH_ORGS_SAVES saves per database (30);
 * BENCH_ORGS_ADAPTERS=sqlite (or postgres) one adapter; BENCH_ORGS_SQL=1 prints every
 * explained statement with its plan.
 */
import { BENCH_DIR as dir } from './env'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import * as oitUtilities from '@prongsai/oit/utilities'
import { createConfig } from '../payload.config'
import { DEFAULT_ADMIN } from '../seed/data/organisation'
import { seed } from '../seed/index'
import { forgetHosts } from '../src/tenancy/organisationOfHost'
import { ORGANISATION_FIELD, TENANTS_SLUG } from '../src/tenancy/slugs'
import { closeDatabase } from '../test/helpers/templates'
import { onDatabase, onPostgres, POSTGRES_SHOWN } from './postgres'

const ORGS = Math.max(2, Number(process.env.BENCH_ORGS ?? 200))
const REQUESTS = Number(process.env.BENCH_ORGS_REQUESTS ?? 400)
const RUNS = Number(process.env.BENCH_ORGS_RUNS ?? 20)
const SAVES = Number(process.env.BENCH_ORGS_SAVES ?? 30)
const ADAPTERS = (process.env.BENCH_ORGS_ADAPTERS ?? 'sqlite,postgres').split(',')
const SHOW_SQL = Boolean(process.env.BENCH_ORGS_SQL)
const BLOCK = 20
const YEAR = 2566
const LISTS = ['news', 'executives']
/** The organisation measured on the big database: one in the middle. */
const MEASURED = Math.ceil(ORGS / 2)
const PASSWORD = 'bench-organisations-2566-ทดสอบ'
const databasePrefix = `prongsai_bench_orgs_${process.pid}`
const started = performance.now()
const loadAtStart = os.loadavg()

type Id = number | string
type RefreshSummaries = (payload: Payload, options?: { all?: boolean; organisations?: Id[] }) => Promise<unknown>
/** The view across organisations' stored statuses are brought up to date by this (the OIT plugin's, once it exports it). */
const refreshSummaries = (oitUtilities as Record<string, unknown>).refreshSummaries as RefreshSummaries | undefined

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
const median = (values: number[]) => percentile(values, 50)
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

// --- the database, in SQL ------------------------------------------------------------

interface Sql {
  dialect: 'postgres' | 'sqlite'
  rows: <T = Record<string, unknown>>(statement: string, params?: unknown[]) => Promise<T[]>
}

function sqlOf(payload: Payload): Sql {
  const db = payload.db as unknown as {
    client?: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ columns: string[]; rows: unknown[][] }> }
    pool?: { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }
  }
  if (db.pool) {
    const pool = db.pool
    return { dialect: 'postgres', rows: async (text, params) => (await pool.query(text, params)).rows as never }
  }
  const client = db.client!
  return {
    dialect: 'sqlite',
    rows: async (sql, args = []) => {
      const result = await client.execute({ sql, args })
      return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))) as never
    },
  }
}

interface Table {
  name: string
  columns: { name: string; text: boolean }[]
  key?: { name: string; text: boolean }
  /** Column → the table it references. */
  references: Map<string, string>
  /** Unique indexes other than the primary key, by their columns. */
  uniques: string[][]
}

const isText = (type: string) => /char|text|clob|uuid/i.test(type)

/** Every table with its columns, primary key, foreign keys and unique indexes. */
async function schemaOf(sql: Sql): Promise<Map<string, Table>> {
  const tables = new Map<string, Table>()
  if (sql.dialect === 'sqlite') {
    const names = await sql.rows<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of names) {
      const info = await sql.rows<{ name: string; type: string; pk: number }>(`PRAGMA table_info("${name}")`)
      const columns = info.map((c) => ({ name: c.name, text: isText(c.type) }))
      const keyName = info.find((c) => c.pk)?.name
      const fks = await sql.rows<{ from: string; table: string }>(`PRAGMA foreign_key_list("${name}")`)
      const uniques: string[][] = []
      for (const index of await sql.rows<{ name: string; unique: number; origin: string }>(`PRAGMA index_list("${name}")`)) {
        if (!index.unique || index.origin === 'pk') continue
        uniques.push((await sql.rows<{ name: string }>(`PRAGMA index_info("${index.name}")`)).map((c) => c.name))
      }
      tables.set(name, {
        name,
        columns,
        key: columns.find((c) => c.name === keyName),
        references: new Map(fks.map((fk) => [fk.from, fk.table])),
        uniques,
      })
    }
    return tables
  }
  const columns = await sql.rows<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  )
  for (const c of columns) {
    const table: Table = tables.get(c.table_name) ?? { name: c.table_name, columns: [], references: new Map(), uniques: [] }
    table.columns.push({ name: c.column_name, text: isText(c.data_type) })
    tables.set(c.table_name, table)
  }
  const indexes = await sql.rows<{ tbl: string; primary: boolean; columns: string[] }>(
    `SELECT t.relname AS tbl, x.indisprimary AS primary,
            array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index x
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE x.indisunique AND t.relnamespace = current_schema()::regnamespace
      GROUP BY x.indexrelid, t.relname, x.indisprimary`,
  )
  for (const index of indexes) {
    const table = tables.get(index.tbl)
    if (!table) continue
    if (index.primary) table.key = table.columns.find((c) => c.name === index.columns[0])
    else table.uniques.push(index.columns)
  }
  const fks = await sql.rows<{ tbl: string; col: string; ref: string }>(
    `SELECT t.relname AS tbl, a.attname AS col, r.relname AS ref
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace`,
  )
  for (const fk of fks) tables.get(fk.tbl)?.references.set(fk.col, fk.ref)
  return tables
}

// --- N organisations from one ----------------------------------------------------------

interface Copied {
  organisations: Id[]
  /** Rows per table in the big database. */
  rows: Map<string, number>
  /** The organisation-scoped collections' main tables, by collection. */
  documents: Map<string, string>
}

/**
 * The big database from a copy of the seeded one: N - 1 more organisations, each with a copy
 * of the first one's rows in every organisation-scoped collection and the tables hanging off
 * them (arrays, relationships, localized rows, versions), inserted interleaved (copy k of row r
 * next to copy k+1), as a deployment whose organisations work side by side would have them.
 */
async function copyOrganisations(payload: Payload, label: string): Promise<Copied> {
  const since = performance.now()
  const sql = sqlOf(payload)
  const tables = await schemaOf(sql)
  const tableNames = (payload.db as unknown as { tableNameMap: Map<string, string> }).tableNameMap
  const documents = new Map<string, string>()
  for (const collection of payload.config.collections) {
    if (!collection.fields.some((field) => 'name' in field && field.name === ORGANISATION_FIELD)) continue
    const table = tableNames.get(collection.slug.replace(/-/g, '_'))
    if (table && tables.has(table)) documents.set(collection.slug, table)
  }
  // What hangs off those tables: their rows' arrays, relationships, versions (and theirs).
  const copied = new Set(documents.values())
  for (let grown = true; grown; ) {
    grown = false
    for (const table of tables.values()) {
      if (copied.has(table.name)) continue
      const parent = table.references.get('_parent_id') ?? table.references.get('parent_id')
      if (parent && copied.has(parent)) {
        copied.add(table.name)
        grown = true
      }
    }
  }
  // Referenced rows first (a version after its document, a document after its files).
  const order: string[] = []
  const placed = new Set<string>()
  while (order.length < copied.size) {
    const ready = [...copied].filter(
      (name) =>
        !placed.has(name) &&
        [...tables.get(name)!.references.values()].every((ref) => ref === name || !copied.has(ref) || placed.has(ref)),
    )
    if (!ready.length) throw new Error(`bench: references go round among ${[...copied].filter((n) => !placed.has(n)).join(', ')}`)
    for (const name of ready.sort()) {
      order.push(name)
      placed.add(name)
    }
  }

  // The organisations, with their domains (through the adapter: no hooks).
  const { docs } = await payload.find({ collection: TENANTS_SLUG, limit: 1, depth: 0, overrideAccess: true })
  const first = docs[0]!
  const organisations: Id[] = [first.id]
  for (let n = 2; n <= ORGS; n++) {
    const made = await payload.db.create({
      collection: TENANTS_SLUG,
      data: {
        name: `${first.name} ${n}`,
        slug: `org-${n}`,
        kind: first.kind,
        province: `จังหวัดทดสอบ ${(n % 20) + 1}`,
        // An array row's id is made by a hook; past the hooks it is given.
        domains: [{ id: `bench-domain-${n}`, host: `org-${n}.bench.localhost` }],
      },
    })
    organisations.push(made.id as Id)
  }
  const copies = ORGS - 1
  await sql.rows('CREATE TABLE bench_copies (n integer PRIMARY KEY, tenant_id integer NOT NULL)')
  const pairs = organisations.slice(1).map((id, i) => `(${i + 1}, ${id})`)
  await sql.rows(`INSERT INTO bench_copies (n, tenant_id) VALUES ${pairs.join(', ')}`)

  // Copy k (1…N-1) of integer id r: max + (r - 1)·(N-1) + k, above every existing id; of a text id: `r-k`.
  const highest = new Map<string, number>()
  for (const name of order) {
    const key = tables.get(name)!.key
    if (!key || key.text) continue
    const [{ m }] = await sql.rows<{ m: unknown }>(`SELECT max("${key.name}") AS m FROM "${name}"`)
    highest.set(name, Number(m ?? 0))
  }
  const copyOf = (table: string, value: string) =>
    tables.get(table)!.key?.text ? `${value} || '-' || o.n` : `${highest.get(table)} + (${value} - 1) * ${copies} + o.n`
  const rows = new Map<string, number>()
  for (const name of order) {
    const table = tables.get(name)!
    const unscopedUnique = new Set(
      table.uniques.filter((u) => !u.some((c) => c === 'tenant_id' || c === 'version_tenant_id')).flat(),
    )
    const values = table.columns.map(({ name: column, text }) => {
      const source = `src."${column}"`
      if (column === table.key?.name) return copyOf(name, source)
      const target = table.references.get(column)
      if (target === TENANTS_SLUG) return 'o.tenant_id'
      if (target && copied.has(target)) return copyOf(target, source)
      if (unscopedUnique.has(column) && text) return `'o' || o.n || '-' || ${source}`
      return source
    })
    const columns = table.columns.map((c) => `"${c.name}"`).join(', ')
    const sort = table.key ? `src."${table.key.name}", o.n` : 'o.n'
    await sql.rows(
      `INSERT INTO "${name}" (${columns}) SELECT ${values.join(', ')} FROM "${name}" AS src CROSS JOIN bench_copies AS o ORDER BY ${sort}`,
    )
    rows.set(name, Number((await sql.rows<{ c: unknown }>(`SELECT count(*) AS c FROM "${name}"`))[0]!.c))
  }
  await sql.rows('DROP TABLE bench_copies')
  if (sql.dialect === 'postgres') {
    // Ids the app hands out next come after the copies'; the planner knows the new sizes.
    for (const name of order) {
      const key = tables.get(name)!.key
      if (!key || key.text) continue
      await sql.rows(
        `SELECT setval(pg_get_serial_sequence('"${name}"', '${key.name}'), (SELECT max("${key.name}") FROM "${name}"))
          WHERE pg_get_serial_sequence('"${name}"', '${key.name}') IS NOT NULL`,
      )
    }
    await sql.rows('ANALYZE')
  }
  console.log(`  ${label}: ${copies} organisations copied (${order.length} tables) in ${seconds(since)}`)
  return { organisations, rows, documents }
}

// --- a database as the measures see it -------------------------------------------------

interface Side {
  label: string
  key: string
  config: SanitizedConfig
  payload: Payload
  organisation: Id
  host: string
  staffToken: string
  staff: Record<string, unknown>
  platformToken: string
  photo: Id
}

async function call(
  side: Side,
  url: string,
  init: { token?: string; method?: string; body?: unknown } = {},
): Promise<{ status: number; body: any; ms: number }> {
  const headers: Record<string, string> = { host: side.host }
  if (init.token) headers.authorization = `JWT ${init.token}`
  if (init.body) headers['content-type'] = 'application/json'
  const since = performance.now()
  const response = await handleEndpoints({
    config: side.config,
    request: new Request(`http://${side.host}${url}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body ? JSON.stringify(init.body) : undefined,
    }),
    payloadInstanceCacheKey: side.key,
  })
  const body = await response.json()
  return { status: response.status, body, ms: performance.now() - since }
}

async function login(side: Side, email: string): Promise<string> {
  const password = email === DEFAULT_ADMIN.email ? DEFAULT_ADMIN.password : PASSWORD
  const { status, body } = await call(side, '/api/users/login', { method: 'POST', body: { email, password } })
  if (status !== 200 || !body.token) throw new Error(`bench: login of ${email} answered ${status} ${JSON.stringify(body)}`)
  return body.token
}

/**
 * One database as the measures see it: the measured organisation with a new administrator of
 * its own (roles and first division as `npm run org:create` gives), signed in, and the demo's
 * platform administrator (the first account) signed in.
 */
async function sideOf(
  label: string,
  key: string,
  config: SanitizedConfig,
  payload: Payload,
  organisation: Id,
  host: string,
): Promise<Side> {
  const side = { label, key, config, payload, organisation, host } as Side
  const ofOrganisation = { [ORGANISATION_FIELD]: { equals: organisation } }
  const division = (
    await payload.find({ collection: 'divisions', where: ofOrganisation, sort: 'order', limit: 1, depth: 0, overrideAccess: true })
  ).docs[0]!
  const email = `admin@org-${String(organisation)}.bench.localhost`
  const made = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: 'ผู้ดูแลระบบ (ทดสอบ)',
      roles: ['admin', 'publisher'],
      divisions: [division.id],
      tenants: [{ tenant: organisation }],
    } as never,
    overrideAccess: true,
  })
  side.staff = { ...(await payload.findByID({ collection: 'users', id: made.id, depth: 0, overrideAccess: true })), collection: 'users' }
  side.staffToken = await login(side, email)
  side.platformToken = await login(side, DEFAULT_ADMIN.email)
  // The photo of the new executives: one the organisation's executives already have (a file of its own).
  const executive = (
    await payload.find({
      collection: 'executives',
      where: { and: [ofOrganisation, { photo: { exists: true } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]!
  side.photo = executive.photo as Id
  return side
}

// --- the measures ------------------------------------------------------------------------

interface Row {
  measure: string
  one?: number
  many?: number
  /** Target on the ratio (≤), on the big database's figure in ms (<), or none. */
  ratioTarget?: number
  absoluteTarget?: number
  note?: string
}

/** Runs `work` on both sides, in blocks of `block`, the order flipped each block. */
async function alternating(sides: [Side, Side], total: number, block: number, work: (side: Side, i: number) => Promise<number>) {
  const times: [number[], number[]] = [[], []]
  for (let done = 0, round = 0; done < total; done += block, round++) {
    const order = round % 2 ? [1, 0] : [0, 1]
    for (const s of order) for (let i = 0; i < Math.min(block, total - done); i++) times[s]!.push(await work(sides[s]!, done + i))
  }
  return times
}

function organisationOf(doc: Record<string, unknown>): unknown {
  const value = doc[ORGANISATION_FIELD]
  return value && typeof value === 'object' ? (value as { id?: unknown }).id : value
}

async function listTime(side: Side, collection: string): Promise<number> {
  const { status, body, ms } = await call(side, `/api/${collection}?depth=1`)
  if (status !== 200 || !body.docs?.length) throw new Error(`bench: /api/${collection} on ${side.label} answered ${status}`)
  if (String(organisationOf(body.docs[0])) !== String(side.organisation))
    throw new Error(`bench: /api/${collection} on ${side.label} answered another organisation's documents`)
  return ms
}

async function statusTime(side: Side): Promise<number> {
  const { status, body, ms } = await call(side, `/api/oit/${YEAR}/status`, { token: side.staffToken })
  if (status !== 200 || !body.items?.length)
    throw new Error(`bench: status on ${side.label} answered ${status} ${JSON.stringify(body).slice(0, 300)}`)
  return ms
}

async function overviewTime(side: Side, organisations: number): Promise<number> {
  const { status, body, ms } = await call(side, `/api/oit/${YEAR}/overview`, { token: side.platformToken })
  if (status !== 200) throw new Error(`bench: overview on ${side.label} answered ${status} ${JSON.stringify(body).slice(0, 300)}`)
  const rows = Array.isArray(body) ? body : (body.rows ?? body.organisations ?? body.docs)
  if (Array.isArray(rows) && rows.length !== organisations)
    throw new Error(`bench: overview on ${side.label} has ${rows.length} rows for ${organisations} organisations`)
  return ms
}

async function saveTime(side: Side, i: number): Promise<number> {
  const { payload } = side
  const user = side.staff as never
  const since = performance.now()
  const draft = await payload.create({
    collection: 'executives',
    data: {
      name: `ผู้บริหารทดสอบ ${i}`,
      position: 'รองนายกองค์การบริหารส่วนจังหวัด',
      side: 'political',
      rank: 'deputy',
      photo: side.photo as number,
      contact: { phone: '0 5451 1234', email: 'deputy@example.go.th' },
      _status: 'draft',
    },
    draft: true,
    user,
    overrideAccess: false,
  })
  await payload.update({ collection: 'executives', id: draft.id, data: { _status: 'published' }, user, overrideAccess: false })
  const ms = performance.now() - since
  if (String(organisationOf(draft as never)) !== String(side.organisation))
    throw new Error(`bench: a save on ${side.label} went to another organisation`)
  return ms
}

const overviewPresent = (config: SanitizedConfig) =>
  (config.endpoints || []).some((endpoint) => endpoint.path.endsWith('/:year/overview') && endpoint.method === 'get')

/** A measure that fails (an error of the app) is a row that says so; the others still run. */
const failures: string[] = []
/** The adapter being measured, for the failures' lines. */
let running = ''
async function attempt(measure: string, work: () => Promise<Row[]>): Promise<Row[]> {
  try {
    return await work()
  } catch (error) {
    const message = ((error as Error).message ?? String(error)).split('\n')[0]!.slice(0, 160)
    failures.push(`${running.padEnd(10)} ${measure}: ${message}`)
    return [{ measure, note: `FAILED: ${message}` }]
  }
}

/** The reads: the public lists, the status, the view across organisations. */
async function measureReads(sides: [Side, Side]): Promise<Row[]> {
  const rows: Row[] = []
  const [one, many] = sides
  for (const collection of LISTS) {
    rows.push(
      ...(await attempt(`public list /api/${collection}?depth=1`, async () => {
        for (const side of sides) for (let i = 0; i < 30; i++) await listTime(side, collection)
        const [a, b] = await alternating(sides, REQUESTS, BLOCK, (side) => listTime(side, collection))
        return [
          { measure: `public list /api/${collection}?depth=1 p50`, one: percentile(a, 50), many: percentile(b, 50) },
          { measure: `public list /api/${collection}?depth=1 p99`, one: percentile(a, 99), many: percentile(b, 99), ratioTarget: 1.2 },
        ]
      })),
    )
  }
  const statusMeasure = `OIT status ${YEAR} (its administrator) median`
  rows.push(
    ...(await attempt(statusMeasure, async () => {
      for (const side of sides) for (let i = 0; i < 2; i++) await statusTime(side)
      const status = await alternating(sides, RUNS, 1, (side) => statusTime(side))
      return [{ measure: statusMeasure, one: median(status[0]), many: median(status[1]), ratioTarget: 1.2 }]
    })),
  )
  const viewMeasure = 'view across organisations median'
  if (!overviewPresent(one.config) || !refreshSummaries) {
    const reason = overviewPresent(one.config) ? 'refreshSummaries not exported by @prongsai/oit/utilities' : 'endpoint not present'
    console.log(`  view across: not measured (${reason})`)
    rows.push({ measure: viewMeasure, note: `not measured (${reason})` })
    return rows
  }
  const refresh = refreshSummaries
  rows.push(
    ...(await attempt(viewMeasure, async () => {
      // The stored statuses were copied with the documents (the demo's, computed after the seed):
      // a scheduled round finds nothing to do. What a round costs, and one organisation's recomputation.
      for (const side of sides) {
        let since = performance.now()
        await refresh(side.payload)
        const round = performance.now() - since
        since = performance.now()
        await refresh(side.payload, { all: true, organisations: [side.organisation] })
        console.log(
          `  ${side.label}: refreshSummaries round with nothing changed ${round.toFixed(0)} ms; ` +
            `one organisation recomputed (once) ${(performance.now() - since).toFixed(0)} ms`,
        )
      }
      for (const [i, side] of sides.entries()) for (let r = 0; r < 2; r++) await overviewTime(side, i ? ORGS : 1)
      const times = await alternating(sides, RUNS, 1, (side) => overviewTime(side, side === many ? ORGS : 1))
      return [{ measure: viewMeasure, one: median(times[0]), many: median(times[1]), absoluteTarget: 1000 }]
    })),
  )
  return rows
}

/** Last: the saves add to what the reads above read (each a new executive of the organisation). */
async function measureSaves(sides: [Side, Side]): Promise<Row[]> {
  const measure = 'save through the gate (draft + publish) median'
  return attempt(measure, async () => {
    for (const side of sides) for (let i = 0; i < 5; i++) await saveTime(side, i)
    const saves = await alternating(sides, SAVES, 1, (side, i) => saveTime(side, 100 + i))
    return [{ measure, one: median(saves[0]), many: median(saves[1]), ratioTarget: 1.2 }]
  })
}

function printTable(adapter: string, rows: Row[]): string[] {
  const verdicts: string[] = []
  const header = ['measure', '1 org', `${ORGS} orgs`, 'ratio', 'target', '']
  const lines = rows.map((row) => {
    if (row.one === undefined || row.many === undefined) return [row.measure, row.note ?? '']
    const ratio = row.many / row.one
    let target = '—'
    let verdict = '(information)'
    if (row.ratioTarget !== undefined) {
      target = `ratio ≤ ${row.ratioTarget}×`
      verdict = ratio <= row.ratioTarget ? 'met' : 'NOT met'
    } else if (row.absoluteTarget !== undefined) {
      target = `${ORGS} orgs < ${row.absoluteTarget / 1000} s`
      verdict = row.many < row.absoluteTarget ? 'met' : 'NOT met'
    }
    if (verdict !== '(information)') verdicts.push(`  ${adapter.padEnd(10)} ${row.measure}: ${verdict}`)
    return [row.measure, `${row.one.toFixed(1)} ms`, `${row.many.toFixed(1)} ms`, `${ratio.toFixed(2)}×`, target, verdict]
  })
  // A row without figures carries its note after the measure's name.
  const widths = header.map((h, i) => Math.max(h.length, ...lines.filter((l) => l.length > 2 || i === 0).map((l) => l[i]!.length)))
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : cells.length > 2 ? c.padStart(widths[i]!) : c)).join('  ').trimEnd()
  console.log(`${adapter}: 1 organisation vs ${ORGS}`)
  console.log(`  ${format(header)}`)
  for (const line of lines) console.log(`  ${format(line)}`)
  return verdicts
}

// --- which index each read uses ----------------------------------------------------------

/** The statements one request runs (drizzle's logger, swapped in for the request). */
async function statementsOf(side: Side, work: () => Promise<unknown>): Promise<{ query: string; params: unknown[] }[]> {
  const session = (side.payload.db as unknown as { drizzle: { session: { logger: unknown } } }).drizzle.session
  const logged: { query: string; params: unknown[] }[] = []
  const before = session.logger
  session.logger = { logQuery: (query: string, params: unknown[]) => logged.push({ query, params }) }
  try {
    await work()
  } finally {
    session.logger = before
  }
  return logged
}

interface Read {
  table: string
  how: string
  /**
   * `organisation`: through an index whose first column is the organisation's; `id`: by id or
   * parent id (bounded whatever N); `small`: a scan of a small table whose condition names ids
   * or parent ids that an index leads with (the planner's choice at this size); `other`: the rest.
   */
  verdict: 'id' | 'organisation' | 'other' | 'small'
  /** The columns the read's conditions compare, and those compared for equality. */
  columns: string[]
  equal: string[]
  detail: string
}

/** The columns a condition compares (`(tenant_id = 3) AND (_status = …)` → tenant_id, _status), or only for equality. */
function comparedColumns(condition: string, equality = false): string[] {
  const operators = equality ? '=\\s' : '(?:=|<>|<=|>=|<|>|IS\\b|~~|IN\\b)'
  const pattern = new RegExp(`\\(*"?([a-z_][a-z0-9_]*)"?\\)?(?:::[a-z ]+)?\\s*${operators}`, 'gi')
  const found = [...condition.matchAll(pattern)].map((m) => m[1]!)
  return [...new Set(found.filter((c) => !/^(and|or|not|any)$/i.test(c)))]
}

const startsWith = (columns: string[], allowed: string[]) => allowed.includes(columns[0] ?? '')

const ORGANISATION_COLUMNS = ['tenant_id', 'version_tenant_id']
const BOUNDED_COLUMNS = ['id', '_parent_id', 'parent_id']

async function readsOf(sql: Sql, query: string, params: unknown[]): Promise<Read[]> {
  const reads: Read[] = []
  if (sql.dialect === 'postgres') {
    const [{ 'QUERY PLAN': plan }] = await sql.rows<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${query}`, params)
    if (SHOW_SQL) console.log(`      plan: ${JSON.stringify(plan[0].Plan)}`)
    const known = await indexColumns(sql)
    const visit = (node: PlanNode) => {
      if (node['Relation Name']) {
        // A Bitmap Heap Scan reads through the Bitmap Index Scans below it.
        const scans: PlanNode[] = []
        const collect = (n: PlanNode): void => {
          if (n['Node Type'] === 'Bitmap Index Scan') scans.push(n)
          else (n.Plans ?? []).forEach(collect)
        }
        if (node['Node Type'] === 'Bitmap Heap Scan') (node.Plans ?? []).forEach(collect)
        else if (node['Index Name']) scans.push(node)
        const indexes = scans.map((n) => n['Index Name']!)
        const columns = indexes.map((i) => known.get(i)?.columns ?? ['?'])
        const how = indexes.length
          ? `${node['Node Type']} using ${indexes.map((i, k) => `${i} (${columns[k]!.join(', ')})`).join(' + ')}`
          : node['Node Type']
        const conditions = [node['Index Cond'], ...scans.filter((n) => n !== node).map((n) => n['Index Cond']), node.Filter]
          .filter(Boolean)
          .join(' · ')
        const compared = comparedColumns(conditions)
        const table = node['Relation Name']
        const equal = comparedColumns(conditions, true)
        const leads = (column: string) => [...known.values()].some((i) => i.table === table && i.columns[0] === column)
        let verdict: Read['verdict'] = 'other'
        if (indexes.length && columns.every((c) => startsWith(c, BOUNDED_COLUMNS))) verdict = 'id'
        else if (indexes.length && columns.every((c) => startsWith(c, [...ORGANISATION_COLUMNS, ...BOUNDED_COLUMNS])))
          verdict = 'organisation'
        else if (!indexes.length && equal.some((c) => BOUNDED_COLUMNS.includes(c) && leads(c))) verdict = 'small'
        const detail = `${conditions || 'no condition'}; ≈${node['Plan Rows']} rows`
        reads.push({ table, how, verdict, columns: compared, equal, detail })
      }
      for (const child of node.Plans ?? []) visit(child)
    }
    visit(plan[0].Plan)
    return reads
  }
  const steps = await sql.rows<{ detail: string }>(`EXPLAIN QUERY PLAN ${query}`, params)
  if (SHOW_SQL) for (const step of steps) console.log(`      plan: ${JSON.stringify(step)}`)
  const indexes = await indexColumns(sql)
  // A subquery's rows (drizzle's arrays and relationships, as json) are read back from the
  // subquery itself: that step is no table read.
  const derived = new Set(steps.map((s) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(s.detail)?.[1]).filter(Boolean))
  for (const { detail } of steps) {
    const match =
      /^(SCAN|SEARCH) (\S+)(?: AS \S+)?(?: USING (?:(?:AUTOMATIC )?(?:PARTIAL )?COVERING )?INDEX (\S+)| USING (?:INTEGER )?PRIMARY KEY)?/.exec(
        detail,
      )
    if (!match) continue
    const [, kind, name, index] = match
    const byKey = / PRIMARY KEY/.test(detail)
    if (!index && !byKey && derived.has(name)) continue
    const known = index ? indexes.get(index) : undefined
    const columns = known?.columns ?? (index ? ['?'] : [])
    const searched = kind === 'SEARCH' && Boolean(index)
    const verdict: Read['verdict'] = byKey || (searched && startsWith(columns, BOUNDED_COLUMNS))
      ? 'id'
      : searched && startsWith(columns, ORGANISATION_COLUMNS)
        ? 'organisation'
        : 'other'
    const how = index ? `${kind} using ${index} (${columns.join(', ')})` : byKey ? `${kind} by primary key` : `${kind} (every row)`
    // The plan names only the columns the index is searched by; the organisation, when the
    // statement compares it on this table, is checked on each row the index gives.
    const searchedBy = (/\(([^)]*)\)\s*$/.exec(detail)?.[1] ?? '')
    const compared = [...searchedBy.matchAll(/([a-z_][a-z0-9_]*)\s*[=<>]/gi)].map((m) => m[1]!)
    const equal = [...searchedBy.matchAll(/([a-z_][a-z0-9_]*)=/gi)].map((m) => m[1]!)
    const organisation = ORGANISATION_COLUMNS.find((c) => query.includes(`"${name}"."${c}" `))
    if (organisation && !compared.includes(organisation)) {
      compared.unshift(organisation)
      equal.unshift(organisation)
    }
    reads.push({ table: known?.table ?? name!, how, verdict, columns: compared, equal, detail })
  }
  return reads
}

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Index Cond'?: string
  'Recheck Cond'?: string
  Filter?: string
  'Plan Rows'?: number
  Plans?: PlanNode[]
}

type Indexes = Map<string, { table: string; columns: string[] }>
const indexCache = new WeakMap<Sql, Promise<Indexes>>()
/** Each index's table and columns, in order. */
function indexColumns(sql: Sql): Promise<Indexes> {
  let known = indexCache.get(sql)
  if (!known) {
    known = (async () => {
      const out: Indexes = new Map()
      if (sql.dialect === 'postgres') {
        const rows = await sql.rows<{ idx: string; tbl: string; columns: string[] }>(
          `SELECT i.relname AS idx, t.relname AS tbl, array_agg(a.attname::text ORDER BY k.ord) AS columns
             FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
             JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
             JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
            WHERE i.relnamespace = current_schema()::regnamespace GROUP BY i.relname, t.relname`,
        )
        for (const row of rows) out.set(row.idx, { table: row.tbl, columns: row.columns })
      } else {
        const all = await sql.rows<{ name: string; tbl_name: string }>("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")
        for (const { name, tbl_name: table } of all) {
          out.set(name, { table, columns: (await sql.rows<{ name: string }>(`PRAGMA index_info("${name}")`)).map((c) => c.name) })
        }
      }
      return out
    })()
    indexCache.set(sql, known)
  }
  return known
}

/**
 * Explains the statements of one list request and one status request on the big database,
 * and lists each read that neither goes through an index starting with the organisation nor
 * by id; returns, per table, what an index for those reads would start with.
 */
async function indexCheck(adapter: string, many: Side): Promise<{ printed: string[]; needed: string[] }> {
  const printed: string[] = []
  const print = (line: string) => (SHOW_SQL ? console.log(line) : printed.push(line))
  const sql = sqlOf(many.payload)
  const known = await indexColumns(sql)
  const needed = new Map<string, Set<string>>()
  const requests: [string, () => Promise<unknown>][] = [
    ...LISTS.map((c) => [`GET /api/${c}?depth=1 (visitor)`, () => listTime(many, c)] as [string, () => Promise<unknown>]),
    [`GET /api/oit/${YEAR}/status (its administrator)`, () => statusTime(many)],
  ]
  const explain = sql.dialect === 'postgres' ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'
  print(`${adapter}: which index each read of one request uses (${ORGS} organisations; ${explain})`)
  for (const [label, work] of requests) {
    let logged: { query: string; params: unknown[] }[]
    try {
      logged = await statementsOf(many, work)
    } catch (error) {
      print(`  ${label}: not explained (${((error as Error).message ?? String(error)).split('\n')[0]!.slice(0, 160)})`)
      continue
    }
    const statements = logged.filter((s) => /^\s*(select|with)\b/i.test(s.query))
    const others = new Map<string, { read: Read; count: number }>()
    const counts = { organisation: 0, id: 0, small: 0, other: 0 }
    for (const { query, params } of statements) {
      const found = await readsOf(sql, query, params)
      if (SHOW_SQL) {
        console.log(`    sql: ${query}`)
        for (const read of found) console.log(`      ${read.verdict}: ${read.table}: ${read.how} — ${read.detail}`)
      }
      for (const read of found) {
        counts[read.verdict]++
        if (read.verdict !== 'other') continue
        const key = `${read.table} ${read.how}`
        const entry = others.get(key) ?? { read, count: 0 }
        entry.count++
        others.set(key, entry)
      }
    }
    const reads = Object.values(counts).reduce((a, b) => a + b, 0)
    print(
      `  ${label}: ${statements.length} statements, ${reads} table reads: ${counts.organisation} through an index starting with the organisation, ` +
        `${counts.id} by id or parent${counts.small ? `, ${counts.small} scans of a small table by id or parent (an index exists)` : ''}, ${counts.other} other`,
    )
    for (const { read, count } of others.values()) {
      const ownIndex = [...known.entries()].find(([, i]) => i.table === read.table && startsWith(i.columns, ORGANISATION_COLUMNS))
      const organisationColumn = ORGANISATION_COLUMNS.find((c) => read.columns.includes(c))
      print(
        `    ✗ ${read.table}: ${read.how}${count > 1 ? ` (×${count})` : ''}; compares ${read.columns.join(', ') || 'nothing'}; ` +
          `${ownIndex ? `${ownIndex[0]} (${ownIndex[1].columns.join(', ')}) exists` : 'no index starts with the organisation'} — ${read.detail.slice(0, 200)}`,
      )
      // What an index would start with: the organisation, then the other columns the read compares for equality.
      const rest = read.equal.filter((c) => !ORGANISATION_COLUMNS.includes(c) && !/deleted_at$/.test(c))
      const wanted = organisationColumn ? [organisationColumn, ...rest] : rest
      const set = needed.get(read.table) ?? new Set<string>()
      set.add(`(${wanted.join(', ')})${organisationColumn ? '' : ' [no organisation in the condition]'}`)
      needed.set(read.table, set)
    }
  }
  return { printed, needed: [...needed.entries()].map(([table, wanted]) => `  ${adapter.padEnd(10)} ${table}: ${[...wanted].join('; ')}`) }
}

// --- the two databases of each adapter ---------------------------------------------------

interface Prepared {
  one: Side
  many: Side
  copied: Copied
  opened: Payload[]
}

async function prepareSides(adapter: 'postgres' | 'sqlite', opened: Payload[]): Promise<Prepared> {
  const label = adapter === 'sqlite' ? 'SQLite' : 'PostgreSQL'
  const uri = (size: string) =>
    adapter === 'sqlite' ? `file:${path.join(dir, `orgs-${size}.db`)}` : onDatabase(`${databasePrefix}_${size}`)
  const configOne = await createConfig({ databaseUri: uri('one') })
  const configMany = await createConfig({ databaseUri: uri('many') })
  let since = performance.now()
  if (adapter === 'postgres') {
    const made = await onPostgres(`CREATE DATABASE ${databasePrefix}_one`)
    if (made) throw new Error(made)
  }
  const seeding = await getPayload({ config: configOne, key: `${adapter}-seed` })
  opened.push(seeding)
  await seed(seeding)
  // The demo's stored status too, copied with its documents like every organisation-scoped row.
  if (refreshSummaries) await refreshSummaries(seeding, { all: true })
  console.log(`  ${label}: demo seeded in ${seconds(since)}`)
  since = performance.now()
  // The big database starts as a copy of the small one, whose instance is closed first
  // (SQLite: its log checkpointed into the file first; PostgreSQL: a template has nobody connected).
  if (adapter === 'sqlite') await sqlOf(seeding).rows('PRAGMA wal_checkpoint(TRUNCATE)')
  await closeDatabase(seeding)
  opened.splice(opened.indexOf(seeding), 1)
  if (adapter === 'sqlite') {
    fs.copyFileSync(path.join(dir, 'orgs-one.db'), path.join(dir, 'orgs-many.db'))
  } else {
    const copied = await onPostgres(`CREATE DATABASE ${databasePrefix}_many TEMPLATE ${databasePrefix}_one`)
    if (copied) throw new Error(copied)
  }
  // The schema is there: no push (PAYLOAD_MIGRATING skips it, as `payload migrate` does).
  process.env.PAYLOAD_MIGRATING = 'true'
  const one = await getPayload({ config: configOne, key: `${adapter}-one` })
  opened.push(one)
  const many = await getPayload({ config: configMany, key: `${adapter}-many` })
  opened.push(many)
  delete process.env.PAYLOAD_MIGRATING
  if (adapter === 'postgres') await sqlOf(one).rows('ANALYZE')
  const copied = await copyOrganisations(many, label)
  // Each organisation of the big one holds what the small one's does, row for row.
  for (const [table, count] of copied.rows) {
    const [{ c }] = await sqlOf(one).rows<{ c: unknown }>(`SELECT count(*) AS c FROM "${table}"`)
    if (Number(c) * ORGS !== count) throw new Error(`bench: ${table} has ${count} rows for ${ORGS} organisations, ${String(c)} for 1`)
  }
  // A host's organisation is remembered per process: the other adapter's databases had the same hosts.
  forgetHosts()
  const measured = copied.organisations[MEASURED - 1]!
  const sides: Prepared = {
    one: await sideOf(`${label} 1 org`, `${adapter}-one`, configOne, one, copied.organisations[0]!, 'localhost'),
    many: await sideOf(`${label} ${ORGS} orgs`, `${adapter}-many`, configMany, many, measured, `org-${MEASURED}.bench.localhost`),
    copied,
    opened,
  }
  return sides
}

function describe(adapter: string, copied: Copied): string {
  const documents = [...copied.documents.values()].reduce((sum, table) => sum + (copied.rows.get(table) ?? 0), 0)
  const versions = [...copied.documents.values()].reduce((sum, table) => sum + (copied.rows.get(`_${table}_v`) ?? 0), 0)
  const all = [...copied.rows.values()].reduce((a, b) => a + b, 0)
  const per = [...copied.documents.entries()]
    .map(([slug, table]) => `${slug} ${(copied.rows.get(table) ?? 0) / ORGS}`)
    .join(', ')
  return (
    `${adapter}: ${ORGS} organisations, ${documents} documents (${documents / ORGS} each: ${per}), ` +
    `${versions} versions, ${all} rows in the ${copied.rows.size} copied tables`
  )
}

// --- the run -------------------------------------------------------------------------------

console.log(`Many organisations — 1 organisation vs ${ORGS}, each with the demo's documents (REST in-process; SQLite and PostgreSQL)`)
const verdicts: string[] = []
const needed: string[] = []
const conditions: string[] = []
for (const adapter of ['sqlite', 'postgres'] as const) {
  if (!ADAPTERS.includes(adapter)) continue
  const label = adapter === 'sqlite' ? 'SQLite' : 'PostgreSQL'
  running = label
  if (adapter === 'postgres') {
    const problem = await onPostgres('SELECT 1')
    if (problem) {
      console.log(`PostgreSQL: skipped (${POSTGRES_SHOWN}: ${problem})`)
      continue
    }
  }
  const opened: Payload[] = []
  try {
    const { one, many, copied } = await prepareSides(adapter, opened)
    conditions.push(describe(label, copied))
    console.log(`  ${conditions.at(-1)}`)
    const rows = await measureReads([one, many])
    const explained = await indexCheck(label, many)
    rows.push(...(await measureSaves([one, many])))
    verdicts.push(...printTable(label, rows))
    for (const line of explained.printed) console.log(line)
    needed.push(...explained.needed)
  } finally {
    for (const payload of opened) await closeDatabase(payload)
    if (adapter === 'postgres') {
      for (const size of ['one', 'many']) await onPostgres(`DROP DATABASE IF EXISTS ${databasePrefix}_${size} WITH (FORCE)`)
    }
  }
}
console.log('Verdicts:')
for (const line of verdicts) console.log(line)
console.log(
  needed.length
    ? 'Reads through neither an index starting with the organisation nor by id — the columns they compare, per table (indexes not changed here):'
    : 'Every read of the explained requests goes through an index that starts with the organisation, or by id.',
)
for (const line of needed) console.log(line)
console.log('conditions:')
for (const line of conditions) console.log(`  ${line}`)
console.log(
  `  measured: the demo organisation (1-org database) and organisation ${MEASURED} of ${ORGS} (host org-${MEASURED}.bench.localhost); ` +
    `${REQUESTS} list requests per database and collection after 30 warm-up, alternating in blocks of ${BLOCK}; ` +
    `status and view: median of ${RUNS} after 2 warm-up; saves: median of ${SAVES} after 5 warm-up; alternating one by one`,
)
console.log(
  `  ${os.cpus().length} cores, node ${process.version}, load average ${loadAtStart.map((l) => l.toFixed(2)).join(', ')} at the start, ` +
    `${os.loadavg().map((l) => l.toFixed(2)).join(', ')} at the end; run took ${seconds(started)}`,
)
if (failures.length) {
  console.log('Failed (see the rows above):')
  for (const line of failures) console.log(`  ${line}`)
}
fs.rmSync(dir, { recursive: true, force: true })
process.exit(failures.length ? 1 : 0)
