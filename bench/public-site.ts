/**
 * `npm run bench` (third part): the public site's cost.
 *
 * 1. The public list endpoints at depth 1 (anonymous `GET /api/news?depth=1`, and
 *    `/api/executives?depth=1`), through Payload's own REST handler in this process:
 *    Prongsai's config (every plugin) vs stock Payload with the same collections and no
 *    plugins, both reading copies of one seeded SQLite file, requests alternating in
 *    blocks. Prints throughput and p50/p99; target p99 ratio ≤ 1.5×.
 * 2. The rendered OIT index `/oit/2566` on the production build (`next build` if there is
 *    none; `next start` on a seeded database): the median time of a full response on
 *    127.0.0.1, with the site's read cache as shipped and with it off (every read from
 *    the database). Target < 100 ms.
 */
import { BENCH_DIR as dir } from './env'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload, handleEndpoints, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Divisions } from '../collections/Divisions'
import { createMediaCollection } from '../collections/Media'
import { OIT_COLLECTIONS } from '../collections/oit'
import { Organisations } from '../collections/Organisations'
import { Users } from '../collections/Users'
import { createConfig } from '../payload.config'
import { seed } from '../seed/index'
import { freePort } from '../test/helpers/net'

const root = path.resolve(import.meta.dirname, '..')
const REQUESTS = Number(process.env.BENCH_SITE_REQUESTS ?? 600)
const BLOCK = 20

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

// --- 1. list endpoint, Prongsai vs stock Payload -----------------------------------
console.log('Public site — list endpoints at depth 1 (anonymous REST, in-process, SQLite) and the rendered OIT index')
const prongsaiConfig = await createConfig({ databaseUri: `file:${path.join(dir, 'prongsai.db')}` })
const prongsai = await getPayload({ config: prongsaiConfig, key: 'prongsai' })
await seed(prongsai)
// Everything into the main file before it is copied.
await (prongsai.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute(
  'PRAGMA wal_checkpoint(TRUNCATE)',
)
fs.copyFileSync(path.join(dir, 'prongsai.db'), path.join(dir, 'stock.db'))
// From here on the tables exist: no schema push (stock Payload would drop Prongsai's columns).
delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
// The same files for both: stock Payload serves them from the same folder.
const media = createMediaCollection({ staticDir: path.join(dir, 'media') })
const stockConfig = await buildConfig({
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
  // The copied file already has the tables; stock Payload only reads it.
  db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'stock.db')}` }, push: false }),
  sharp,
})
// Prongsai's side is the seeded instance itself; stock Payload reads the copy.
const configs: Record<string, SanitizedConfig> = { prongsai: prongsaiConfig, stock: stockConfig }
const keys: Record<string, string> = { prongsai: 'prongsai', stock: 'stock' }
await getPayload({ config: stockConfig, key: 'stock' })

async function get(key: string, url: string): Promise<number> {
  const started = performance.now()
  // Each side's own initialised instance (by key): two configs in one process.
  const response = await handleEndpoints({
    config: configs[key]!,
    request: new Request(url),
    payloadInstanceCacheKey: keys[key],
  })
  const body = (await response.json()) as { docs?: Record<string, unknown>[] }
  const took = performance.now() - started
  if (response.status !== 200 || !body.docs?.length) throw new Error(`bench: ${url} answered ${response.status}`)
  // Each side answers with its own config: only Prongsai's documents carry the gate's verdict.
  if ('readiness' in body.docs[0]! !== (key === 'prongsai'))
    throw new Error(`bench: ${key} answered with the other config`)
  return took
}

for (const collection of ['news', 'executives']) {
  const url = `http://localhost:3000/api/${collection}?depth=1&limit=10`
  const times: Record<string, number[]> = { prongsai: [], stock: [] }
  for (const key of Object.keys(configs)) for (let i = 0; i < 30; i++) await get(key, url)
  for (let done = 0; done < REQUESTS; done += BLOCK) {
    for (const key of Object.keys(configs)) {
      for (let i = 0; i < BLOCK; i++) times[key]!.push(await get(key, url))
    }
  }
  const line = (key: string) => {
    const t = times[key]!
    const total = t.reduce((a, b) => a + b, 0)
    return `${(t.length / (total / 1000)).toFixed(0)} req/s, p50 ${percentile(t, 50).toFixed(2)} ms, p99 ${percentile(t, 99).toFixed(2)} ms`
  }
  const ratio = percentile(times.prongsai!, 99) / percentile(times.stock!, 99)
  console.log(`GET /api/${collection}?depth=1&limit=10 (${REQUESTS} requests each, alternating blocks of ${BLOCK})`)
  console.log(`  stock Payload: ${line('stock')}`)
  console.log(`  Prongsai:      ${line('prongsai')}`)
  console.log(
    `  p99 ratio (Prongsai / stock): ${ratio.toFixed(2)}× — target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
  )
}

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
console.log(`conditions: ${os.cpus().length} cores, node ${process.version}`)
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
