/**
 * `npm run bench` (third part): the public site's cost.
 *
 * 1. The public list endpoints at depth 1 (anonymous `GET /api/news?depth=1`, and
 *    `/api/executives?depth=1`), through Payload's own REST handler in this process:
 *    Prongsai's config (every plugin) vs stock Payload with the same collections and no
 *    plugins, both reading copies of one seeded database, requests alternating in blocks;
 *    on SQLite, then on PostgreSQL (TEST_POSTGRES_URI or the local server; a database per
 *    side, dropped at the end; skipped with a line when the server does not answer).
 *    Prints throughput, p50/p99 and the SQL statements of one request per side; target
 *    p50 ratio ≤ 1.1× and p99 ratio ≤ 1.2×. BENCH_SITE_SQL=1 prints Prongsai's statements.
 * 2. The rendered OIT index `/oit/2566` on the production build (`next build` if there is
 *    none; `next start` on a seeded database): the median time of a full response on
 *    127.0.0.1, with the site's read cache as shipped and with it off (every read from
 *    the database). Target < 100 ms.
 *
 * BENCH_SITE_PARTS=api (or page) runs one part; BENCH_SITE_ADAPTERS=sqlite (or postgres)
 * one database; BENCH_SITE_REQUESTS the requests per side (600).
 */
import { BENCH_DIR as dir } from './env'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig, getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Divisions } from '../collections/Divisions'
import { createMediaCollection } from '../collections/Media'
import { OIT_COLLECTIONS } from '../collections/oit'
import { Organisations } from '../collections/Organisations'
import { Users } from '../collections/Users'
import { createConfig } from '../payload.config'
import { seed } from '../seed/index'
import { freePort } from '../test/helpers/net'
import { closeDatabase } from '../test/helpers/templates'
import { onDatabase, onPostgres, POSTGRES_SERVER } from './postgres'

const root = path.resolve(import.meta.dirname, '..')
const REQUESTS = Number(process.env.BENCH_SITE_REQUESTS ?? 600)
const BLOCK = 20

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

// --- 1. list endpoint, Prongsai vs stock Payload, on SQLite and PostgreSQL ---------
const PARTS = (process.env.BENCH_SITE_PARTS ?? 'api,page').split(',')
const ADAPTERS = (process.env.BENCH_SITE_ADAPTERS ?? 'sqlite,postgres').split(',')
const databasePrefix = `prongsai_bench_site_${process.pid}`

/** Stock Payload with Prongsai's collections and no plugins, on `db`. */
function stockConfigOn(db: ReturnType<typeof sqliteAdapter> | ReturnType<typeof postgresAdapter>) {
  // The same files for both: stock Payload serves them from the same folder.
  const media = createMediaCollection({ staticDir: path.join(dir, 'media') })
  return buildConfig({
    secret: 'bench-stock-secret-0123456789',
    telemetry: false,
    admin: { user: Users.slug },
    collections: [
      Organisations,
      ...OIT_COLLECTIONS,
      Users,
      Divisions,
      // Stock Payload has no file visibility (no stored `public` flag to filter on): files are readable by all.
      { ...media, access: { ...media.access, read: () => true } },
    ],
    editor: lexicalEditor(),
    db,
    sharp,
  })
}

interface Side {
  config: SanitizedConfig
  key: string
  payload: Payload
}

/** Both sides on SQLite: Prongsai's seeded file, and a copy of it for stock Payload. */
async function sqliteSides(prongsaiConfig: SanitizedConfig): Promise<Record<string, Side>> {
  const prongsai = await getPayload({ config: prongsaiConfig, key: 'sqlite-prongsai' })
  await seed(prongsai)
  // Everything into the main file before it is copied.
  await (prongsai.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute(
    'PRAGMA wal_checkpoint(TRUNCATE)',
  )
  fs.copyFileSync(path.join(dir, 'prongsai.db'), path.join(dir, 'stock.db'))
  // The copied file already has the tables; stock Payload only reads it (a push would drop Prongsai's columns).
  const stockConfig = await stockConfigOn(
    sqliteAdapter({ client: { url: `file:${path.join(dir, 'stock.db')}` }, push: false }),
  )
  const stock = await getPayload({ config: stockConfig, key: 'sqlite-stock' })
  return {
    prongsai: { config: prongsaiConfig, key: 'sqlite-prongsai', payload: prongsai },
    stock: { config: stockConfig, key: 'sqlite-stock', payload: stock },
  }
}

/**
 * Both sides on PostgreSQL: Prongsai's database seeded, then copied for stock Payload with
 * `CREATE DATABASE … TEMPLATE …`, which needs nobody connected to the template: the seeded
 * instance is closed first, and Prongsai's side is booted again on it.
 */
async function postgresSides(prongsaiConfig: SanitizedConfig, opened: Payload[]): Promise<Record<string, Side>> {
  const stockDb = `${databasePrefix}_stock`
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const seeding = await getPayload({ config: prongsaiConfig, key: 'postgres-seed' })
  opened.push(seeding)
  await seed(seeding)
  await closeDatabase(seeding)
  delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  const copied = await onPostgres(`CREATE DATABASE ${stockDb} TEMPLATE ${databasePrefix}_prongsai`)
  if (copied) throw new Error(copied)
  // The schema is there: no push (PAYLOAD_MIGRATING skips it, as `payload migrate` does).
  process.env.PAYLOAD_MIGRATING = 'true'
  const prongsai = await getPayload({ config: prongsaiConfig, key: 'postgres-prongsai' })
  opened.push(prongsai)
  delete process.env.PAYLOAD_MIGRATING
  const stockConfig = await stockConfigOn(
    postgresAdapter({ pool: { connectionString: onDatabase(stockDb) }, push: false }),
  )
  const stock = await getPayload({ config: stockConfig, key: 'postgres-stock' })
  opened.push(stock)
  return {
    prongsai: { config: prongsaiConfig, key: 'postgres-prongsai', payload: prongsai },
    stock: { config: stockConfig, key: 'postgres-stock', payload: stock },
  }
}

async function get(side: Side, url: string, key: string): Promise<number> {
  const started = performance.now()
  // Each side's own initialised instance (by key): several configs in one process.
  const response = await handleEndpoints({
    config: side.config,
    request: new Request(url),
    payloadInstanceCacheKey: side.key,
  })
  const body = (await response.json()) as { docs?: Record<string, unknown>[] }
  const took = performance.now() - started
  if (response.status !== 200 || !body.docs?.length) throw new Error(`bench: ${url} answered ${response.status}`)
  // Each side answers with its own config: only Prongsai's documents carry the gate's verdict.
  if ('readiness' in body.docs[0]! !== (key === 'prongsai'))
    throw new Error(`bench: ${key} answered with the other config`)
  return took
}

/** The SQL statements one request runs (drizzle's logger, swapped in for the request). */
async function statements(side: Side, url: string, key: string): Promise<string[]> {
  const session = (side.payload.db as unknown as { drizzle: { session: { logger: unknown } } }).drizzle.session
  const logged: string[] = []
  const before = session.logger
  session.logger = { logQuery: (query: string) => logged.push(query) }
  try {
    await get(side, url, key)
  } finally {
    session.logger = before
  }
  return logged
}

const summary: string[] = []
async function compare(adapter: string, sides: Record<string, Side>) {
  for (const collection of ['news', 'executives']) {
    const url = `http://localhost:3000/api/${collection}?depth=1&limit=10`
    const times: Record<string, number[]> = { prongsai: [], stock: [] }
    for (const key of Object.keys(sides)) for (let i = 0; i < 30; i++) await get(sides[key]!, url, key)
    for (let done = 0; done < REQUESTS; done += BLOCK) {
      for (const key of Object.keys(sides)) {
        for (let i = 0; i < BLOCK; i++) times[key]!.push(await get(sides[key]!, url, key))
      }
    }
    const queries: Record<string, string[]> = {}
    for (const key of Object.keys(sides)) queries[key] = await statements(sides[key]!, url, key)
    if (process.env.BENCH_SITE_SQL) for (const query of queries.prongsai!) console.log(`    sql: ${query}`)
    const line = (key: string) => {
      const t = times[key]!
      const total = t.reduce((a, b) => a + b, 0)
      return `${(t.length / (total / 1000)).toFixed(0)} req/s, p50 ${percentile(t, 50).toFixed(2)} ms, p99 ${percentile(t, 99).toFixed(2)} ms, ${queries[key]!.length} SQL statements`
    }
    const ratio = (p: number) => percentile(times.prongsai!, p) / percentile(times.stock!, p)
    const [p50, p99] = [ratio(50), ratio(99)]
    console.log(`GET /api/${collection}?depth=1&limit=10 on ${adapter} (${REQUESTS} requests each, alternating blocks of ${BLOCK})`)
    console.log(`  stock Payload: ${line('stock')}`)
    console.log(`  Prongsai:      ${line('prongsai')}`)
    const verdict = p50 <= 1.1 && p99 <= 1.2 ? 'met' : 'NOT met'
    const ratios = `p50 ratio ${p50.toFixed(2)}×, p99 ratio ${p99.toFixed(2)}× (Prongsai / stock) — target p50 ≤ 1.1×, p99 ≤ 1.2×: ${verdict}`
    console.log(`  ${ratios}`)
    summary.push(`  ${adapter.padEnd(10)} /api/${collection.padEnd(10)} ${ratios}`)
  }
}

if (PARTS.includes('api')) {
  console.log('Public site — list endpoints at depth 1 (anonymous REST, in-process), SQLite and PostgreSQL')
  // Prongsai's configs before any of stock Payload's: stock's buildConfig sanitizes the shared
  // collection objects in place (adds its own fields to them), which a later createConfig would see.
  const sqliteConfig = ADAPTERS.includes('sqlite')
    ? await createConfig({ databaseUri: `file:${path.join(dir, 'prongsai.db')}` })
    : undefined
  const postgresProblem = ADAPTERS.includes('postgres')
    ? await onPostgres(`CREATE DATABASE ${databasePrefix}_prongsai`)
    : 'not asked for'
  const postgresConfig = postgresProblem
    ? undefined
    : await createConfig({ databaseUri: onDatabase(`${databasePrefix}_prongsai`) })
  if (sqliteConfig) await compare('SQLite', await sqliteSides(sqliteConfig))
  if (!postgresConfig) {
    if (ADAPTERS.includes('postgres')) console.log(`PostgreSQL: skipped (${new URL(POSTGRES_SERVER).host}: ${postgresProblem})`)
  } else {
    const opened: Payload[] = []
    try {
      await compare('PostgreSQL', await postgresSides(postgresConfig, opened))
    } finally {
      for (const payload of opened) await closeDatabase(payload)
      for (const side of ['prongsai', 'stock']) await onPostgres(`DROP DATABASE IF EXISTS ${databasePrefix}_${side} WITH (FORCE)`)
    }
  }
  console.log('Ratios:')
  for (const line of summary) console.log(line)
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`)
}

if (PARTS.includes('page')) {
  // --- 2. the rendered OIT index on the production build ------------------------------
  const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'bench-site-secret-0123456789',
    SEED_ADMIN_PASSWORD: 'bench-password-0123',
    DATA_DIR: path.join(dir, 'site'),
    DATABASE_URI: `file:${path.join(dir, 'site', 'site.db')}`,
  } as NodeJS.ProcessEnv
  fs.mkdirSync(path.join(dir, 'site'), { recursive: true })
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')
  // An existing build is used as it is (BENCH_REBUILD=1 builds afresh, for a tree changed since).
  if (process.env.BENCH_REBUILD || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log('building the app (next build) …')
    if (spawnSync(bin('next'), ['build'], { cwd: root, env, stdio: 'ignore' }).status !== 0)
      throw new Error('bench: next build failed')
  }
  if (spawnSync(bin('tsx'), ['seed/run.ts'], { cwd: root, env, stdio: 'ignore' }).status !== 0)
    throw new Error('bench: seed failed')

  /** Times 200 sequential GETs of each path on a fresh `next start`. */
  async function pageTimes(paths: string[], extraEnv: Record<string, string>): Promise<Record<string, number[]>> {
    const port = await freePort()
    const server: ChildProcess = spawn(bin('next'), ['start', '-p', String(port)], {
      cwd: root,
      env: { ...env, ...extraEnv },
      detached: true,
      stdio: 'ignore',
    })
    const base = `http://127.0.0.1:${port}`
    try {
      for (let i = 0; i < 240; i++) {
        try {
          if ((await fetch(`${base}${paths[0]}`)).ok) break
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 250))
      }
      const out: Record<string, number[]> = {}
      for (const path of paths) {
        for (let i = 0; i < 20; i++) await (await fetch(`${base}${path}`)).text()
        const times: number[] = []
        for (let i = 0; i < 200; i++) {
          const started = performance.now()
          const res = await fetch(`${base}${path}`)
          const text = await res.text()
          times.push(performance.now() - started)
          if (res.status !== 200 || !text.includes('</main>')) throw new Error(`bench: ${path} answered ${res.status}`)
        }
        out[path] = times
      }
      return out
    } finally {
      try {
        process.kill(-server.pid!, 'SIGKILL')
      } catch {
        // gone
      }
    }
  }

  // The OIT index (the target), and a category page, which reads more.
  const PATHS = ['/oit/2566', '/reports']
  for (const [label, extra] of [
    ['read cache as shipped', {}],
    ['read cache off: every read from the database', { SITE_CACHE_MAX_ENTRIES: '0' }],
  ] as const) {
    const results = await pageTimes(PATHS, extra)
    for (const path of PATHS) {
      const times = results[path]!
      const median = percentile(times, 50)
      const target = path === '/oit/2566' ? ` — target < 100 ms: ${median < 100 ? 'met' : 'NOT met'}` : ''
      console.log(
        `GET ${path} (production build, ${label}): median ${median.toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms over 200 requests${target}`,
      )
    }
  }
}
console.log(`conditions: ${os.cpus().length} cores, node ${process.version}`)
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
