/**
 * `npm run bench` (fourth part): save throughput with 8 editors saving at once, on SQLite
 * and on PostgreSQL side by side in this process (issue 20).
 *
 * Each database is fresh and seeded (the demo อบจ.), served by its own Payload instance
 * built by the app's `createConfig()`. Eight editors (role `editor`, division กองคลัง,
 * signed in through `/api/users/login`) each save their own draft news item again and
 * again — `PATCH /api/news/<id>?draft=true` with a new title, a real Request through
 * Payload's REST handler, as the admin's "save draft" does — all eight at the same time,
 * each waiting for its answer before its next save. The databases take turns in blocks
 * (order flipped every block) so that the machine's noise hits both alike; a database's
 * throughput is its saves over the time its blocks took.
 *
 * Printed per database: saves/second, p50/p99 of a save, answers other than 200 (must be
 * 0), and where the time goes (SQL statements per save, CPU per save in this process and,
 * on PostgreSQL, in the server's connections). Then every document must hold the last
 * title its editor wrote (no lost save). Target: PostgreSQL / SQLite throughput ≥ 1.0×.
 *
 * PostgreSQL: TEST_POSTGRES_URI or postgres://prongsai:prongsai@127.0.0.1:5432/postgres (a
 * role with CREATEDB, as for `npm run test:int:postgres`); a database is created for the
 * run and dropped at the end. When none answers, the PostgreSQL side is skipped with a
 * notice and SQLite still runs. BENCH_SAVES (default 40) saves per editor after
 * BENCH_WARMUP (default 5).
 */
import { BENCH_DIR as dir } from './env'

import type { Payload, SanitizedConfig } from 'payload'

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, handleEndpoints } from 'payload'
import pg from 'pg'

import { createConfig } from '../payload.config'
import { seed } from '../seed/index'
import { closeDatabase } from '../test/helpers/templates'
import { createPostgresDatabase, dropPostgresDatabase } from '../test/helpers/payload'
import { onPostgres, POSTGRES_SERVER, POSTGRES_SHOWN, procStat } from './postgres'

const EDITORS = 8
const SAVES = Number(process.env.BENCH_SAVES ?? 40)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5)
/** Saves per editor in one block; the databases take turns block by block. */
const BLOCK = 10
const PASSWORD = 'Bench-saves-7Kq!2569'
const ORIGIN = 'http://localhost:3000'

type Kind = 'postgres' | 'sqlite'

interface Editor {
  token: string
  id: number | string
  /** The last title this editor sent. */
  last: string
}

interface Side {
  kind: Kind
  label: string
  key: string
  config: SanitizedConfig
  payload: Payload
  editors: Editor[]
  /** Milliseconds of each measured save. */
  times: number[]
  /** Wall time of the measured blocks. */
  wallMs: number
  failures: { status: number; body: string }[]
  /** SQL statements sent while measuring, and CPU used by this process and (PostgreSQL) the server's connections. */
  statements: number
  cpuMs: number
  serverCpuMs: number | undefined
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

// --- counting SQL statements ----------------------------------------------------------
/** Which side's statements are being counted (only one side runs at a time). */
let counting: Side | undefined

/** Every query of node-postgres goes through Client#query (the pool's included). */
function countPostgresQueries(): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = proto.query
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (counting?.kind === 'postgres') counting.statements++
    return original.apply(this, args)
  }
}

/** libsql: statements, batches, and a transaction's BEGIN and COMMIT/ROLLBACK (PostgreSQL sends those as queries too). */
function countSqliteStatements(side: Side): void {
  type Tx = Record<'batch' | 'commit' | 'execute' | 'rollback', (...args: unknown[]) => Promise<unknown>>
  const client = (side.payload.db as unknown as { client: Tx & { transaction: (...args: unknown[]) => Promise<Tx> } })
    .client
  const counted = <T extends object>(target: T, names: (keyof T)[]) => {
    for (const name of names) {
      const original = target[name] as (...args: unknown[]) => unknown
      ;(target as Record<keyof T, unknown>)[name] = (...args: unknown[]) => {
        if (counting === side) side.statements++
        return original.apply(target, args)
      }
    }
  }
  counted(client, ['execute', 'batch'])
  const transaction = client.transaction
  client.transaction = async (...args: unknown[]) => {
    if (counting === side) side.statements++
    const tx = await transaction.apply(client, args)
    counted(tx, ['execute', 'batch', 'commit', 'rollback'])
    return tx
  }
}

// --- CPU of the PostgreSQL server's connections to the bench database ------------------

/** User + system CPU (ms) of each server process connected to `database`, read from /proc (same machine only). */
async function serverCpu(database: string): Promise<Map<number, number> | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER })
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
      database,
    ])
    const cpu = new Map<number, number>()
    for (const { pid } of rows) {
      const stat = procStat(pid)
      if (!stat) throw new Error(`no /proc/${pid}`)
      cpu.set(pid, stat.cpuSeconds * 1000)
    }
    return cpu
  } catch {
    return undefined // another machine, or /proc not readable
  } finally {
    await client.end()
  }
}

// --- the two sides ----------------------------------------------------------------------
async function prepare(kind: Kind, label: string, databaseUri: string): Promise<Side> {
  const key = `saves-${kind}`
  const config = await createConfig({ databaseUri })
  const payload = await getPayload({ config, key })
  await seed(payload)
  const { docs } = await payload.find({ collection: 'divisions', where: { code: { equals: 'finance' } }, limit: 1 })
  const finance = docs[0]!.id as number
  const side: Side = {
    kind,
    label,
    key,
    config,
    payload,
    editors: [],
    times: [],
    wallMs: 0,
    failures: [],
    statements: 0,
    cpuMs: 0,
    serverCpuMs: kind === 'postgres' ? 0 : undefined,
  }
  for (let i = 0; i < EDITORS; i++) {
    const email = `bench-editor-${i + 1}@example.go.th`
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: PASSWORD, name: `บรรณาธิการ ${i + 1}`, roles: ['editor'], divisions: [finance] },
    })
    const title = `ข่าวของบรรณาธิการ ${i + 1}`
    const news = await payload.create({
      collection: 'news',
      data: { title, date: '2026-12-01T00:00:00.000Z', division: finance, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const login = await call(side, 'POST', '/users/login', undefined, { email, password: PASSWORD })
    const token = (login.body as { token?: string }).token
    if (login.status !== 200 || !token) throw new Error(`bench: login of ${email} answered ${login.status}`)
    side.editors.push({ token, id: news.id, last: title })
  }
  if (kind === 'sqlite') countSqliteStatements(side)
  return side
}

/** One request through the side's REST handler (its own instance, by key). */
async function call(
  side: Side,
  method: string,
  route: string,
  token: string | undefined,
  body: Record<string, unknown>,
): Promise<{ status: number; body: unknown }> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({
    config: side.config,
    request: new Request(`${ORIGIN}/api${route}`, { method, headers, body: JSON.stringify(body) }),
    payloadInstanceCacheKey: side.key,
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, body: parsed }
}

let serial = 0

/** One editor saves its document `count` times, one save after the other. */
async function editorSaves(side: Side, index: number, count: number, measured: boolean): Promise<void> {
  const editor = side.editors[index]!
  for (let i = 0; i < count; i++) {
    const title = `ข่าวของบรรณาธิการ ${index + 1} ฉบับแก้ไขที่ ${++serial}`
    editor.last = title
    const started = performance.now()
    const answer = await call(side, 'PATCH', `/news/${editor.id}?draft=true`, editor.token, { title })
    const ms = performance.now() - started
    if (!measured) continue
    side.times.push(ms)
    if (answer.status !== 200) side.failures.push({ status: answer.status, body: JSON.stringify(answer.body).slice(0, 300) })
  }
}

/** All editors of a side at once, `count` saves each. */
async function block(side: Side, count: number, measured: boolean, database?: string): Promise<void> {
  const before = measured && database ? await serverCpu(database) : undefined
  const cpu = process.cpuUsage()
  const started = performance.now()
  if (measured) counting = side
  await Promise.all(side.editors.map((_, index) => editorSaves(side, index, count, measured)))
  counting = undefined
  if (!measured) return
  side.wallMs += performance.now() - started
  const used = process.cpuUsage(cpu)
  side.cpuMs += (used.user + used.system) / 1000
  if (side.serverCpuMs === undefined) return
  const after = database ? await serverCpu(database) : undefined
  if (!before || !after) {
    side.serverCpuMs = undefined
    return
  }
  // A connection opened during the block counts from 0; one closed during it is lost (rare: the pool keeps them 10 s).
  for (const [pid, ms] of after) side.serverCpuMs += ms - (before.get(pid) ?? 0)
}

// --- the run ------------------------------------------------------------------------------
console.log(
  `Save throughput — ${EDITORS} editors at once, each saving its own draft news item (PATCH /api/news/<id>?draft=true, REST in-process)`,
)
const loadAtStart = os.loadavg()[0]!
const sides: Side[] = []
sides.push(await prepare('sqlite', 'SQLite    ', `file:${path.join(dir, 'saves.db')}`))

const postgresDatabase = `prongsai_bench_${randomBytes(4).toString('hex')}`
let postgresCreated = false
let skipped: string | undefined = await onPostgres('SELECT 1')
if (!skipped) {
  try {
    const uri = await createPostgresDatabase(POSTGRES_SERVER, postgresDatabase)
    postgresCreated = true
    sides.push(await prepare('postgres', 'PostgreSQL', uri))
  } catch (error) {
    skipped = (error as Error).message
  }
}
if (skipped) {
  console.log(
    `  SKIPPED: the PostgreSQL side. PostgreSQL at ${POSTGRES_SHOWN} does not answer or refused the bench database (${skipped}).\n` +
      '  To run it: sudo bash .ci/postgres.sh (Debian/Ubuntu), or set TEST_POSTGRES_URI to a role with CREATEDB.',
  )
}
countPostgresQueries()
const databaseOf = (side: Side) => (side.kind === 'postgres' ? postgresDatabase : undefined)

try {
  for (const side of sides) await block(side, WARMUP, false)
  for (let done = 0, turn = 0; done < SAVES; done += BLOCK, turn++) {
    const count = Math.min(BLOCK, SAVES - done)
    const order = turn % 2 ? [...sides].reverse() : sides
    for (const side of order) await block(side, count, true, databaseOf(side))
  }

  console.log(`${SAVES} saves per editor (${SAVES * EDITORS} per database) after ${WARMUP} warm-up, databases alternating in blocks of ${BLOCK}`)
  const throughput: Partial<Record<Kind, number>> = {}
  for (const side of sides) {
    const saves = side.times.length
    throughput[side.kind] = saves / (side.wallMs / 1000)
    // Every document holds the last title its editor sent (read as the system, the latest draft).
    let lost = 0
    for (const editor of side.editors) {
      const doc = await side.payload.findByID({ collection: 'news', id: editor.id, draft: true, depth: 0, overrideAccess: true })
      if (doc.title !== editor.last) lost++
    }
    const server = side.serverCpuMs === undefined ? '' : `, server connections ${(side.serverCpuMs / saves).toFixed(1)} ms`
    console.log(
      `  ${side.label}: ${throughput[side.kind]!.toFixed(1)} saves/s, p50 ${percentile(side.times, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(side.times, 99).toFixed(1)} ms; answers other than 200: ${side.failures.length}` +
        ` (target 0: ${side.failures.length === 0 ? 'met' : 'NOT met'}); documents without their editor's last title: ${lost}` +
        ` (target 0: ${lost === 0 ? 'met' : 'NOT met'})`,
    )
    console.log(
      `  ${' '.repeat(side.label.length)}  per save: ${(side.statements / saves).toFixed(1)} SQL statements, CPU this process ${(side.cpuMs / saves).toFixed(1)} ms${server}`,
    )
    const firsts = [...new Set(side.failures.map((f) => `${f.status} ${f.body}`))].slice(0, 3)
    for (const failure of firsts) console.log(`    e.g. ${failure}`)
  }
  if (throughput.postgres !== undefined && throughput.sqlite !== undefined) {
    const ratio = throughput.postgres / throughput.sqlite
    console.log(
      `  throughput ratio (PostgreSQL / SQLite): ${ratio.toFixed(2)}× — target ≥ 1.0×: ${ratio >= 1 ? 'met' : 'NOT met'}`,
    )
  } else {
    console.log('  throughput ratio (PostgreSQL / SQLite): not measured (no PostgreSQL)')
  }
  const [one, five] = os.loadavg()
  console.log(
    `conditions: ${os.cpus().length} cores, node ${process.version}, load average ${loadAtStart.toFixed(2)} (1 min) at the start, ${one!.toFixed(2)} (1 min) and ${five!.toFixed(2)} (5 min) at the end, ` +
      `SQLite file in ${os.tmpdir()}${skipped ? '' : `, PostgreSQL at ${POSTGRES_SHOWN}`}`,
  )
} finally {
  for (const side of sides) await closeDatabase(side.payload)
  if (postgresCreated) await dropPostgresDatabase(POSTGRES_SERVER, postgresDatabase)
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
