/**
 * `npm run bench` (last part): the public pages uncached, served by one process and by two.
 *
 * The production build (`next build` if there is none) started as `npm start` does
 * (src/server/start.ts) on one seeded PostgreSQL database, with `WEB_CONCURRENCY=1` and then
 * `2`, the site's read cache off (`SITE_CACHE_MAX_ENTRIES=0`: every page reads the
 * database). 16 connections are kept busy on a mix of public pages: BENCH_CORES_WARMUP_S
 * seconds of warm-up (default 5), then BENCH_CORES_S seconds measured (default 20). Prints
 * pages per second for each and the ratio; target ≥ 1.7× on 2 cores. The load comes from
 * this process, on the same machine: it takes CPU from the servers, as a proxy in front
 * of them would.
 *
 * PostgreSQL: TEST_POSTGRES_URI or postgres://prongsai:prongsai@127.0.0.1:5432/postgres (a
 * role that may create databases, as for the tests). None answering: skipped with a line.
 * SQLite serves one process (src/server/processCount.ts), so it has no second figure.
 */
import { BENCH_DIR as dir } from './env'

import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../test/helpers/net'
import { onDatabase, onPostgres, POSTGRES_SHOWN, procStat } from './postgres'

const root = path.resolve(import.meta.dirname, '..')
const WARMUP_S = Number(process.env.BENCH_CORES_WARMUP_S ?? 5)
const MEASURE_S = Number(process.env.BENCH_CORES_S ?? 20)
const CONNECTIONS = 16
const PAGES = ['/', '/oit/2566', '/reports', '/executives', '/news']
const DATABASE = `prongsai_bench_cores_${process.pid}`

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

console.log(`Public pages uncached, 1 server process vs 2 (npm start, PostgreSQL, ${CONNECTIONS} connections)`)
const problem = await onPostgres(`CREATE DATABASE ${DATABASE}`)
if (problem) {
  console.log(`  SKIPPED: PostgreSQL at ${POSTGRES_SHOWN} did not answer (${problem})`)
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: 'bench-cores-secret-0123456789',
  SEED_ADMIN_PASSWORD: 'bench-password-0123',
  DATA_DIR: path.join(dir, 'cores'),
  DATABASE_URI: onDatabase(DATABASE),
  SITE_CACHE_MAX_ENTRIES: '0',
} as NodeJS.ProcessEnv
delete env.PAYLOAD_FORCE_DRIZZLE_PUSH
fs.mkdirSync(path.join(dir, 'cores'), { recursive: true })
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')
if (process.env.BENCH_REBUILD || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.log('  building the app (next build) …')
  if (spawnSync(bin('next'), ['build'], { cwd: root, env, stdio: 'ignore' }).status !== 0) throw new Error('bench: next build failed')
}
// The committed migrations build the schema (production), then the demo อบจ.
if (spawnSync(bin('tsx'), ['seed/run.ts'], { cwd: root, env, stdio: 'ignore' }).status !== 0) throw new Error('bench: seed failed')

interface Load {
  pages: number
  errors: number
  times: number[]
  /** CPU seconds used while measuring: the server processes (primary included), PostgreSQL, this load generator. */
  cpu?: { servers: number; postgres: number; load: number }
}

/** pid → name, parent and CPU seconds of every process. */
function processTable(): Map<number, { ppid: number; name: string; cpuSeconds: number }> {
  const table = new Map<number, { ppid: number; name: string; cpuSeconds: number }>()
  for (const entry of fs.readdirSync('/proc')) {
    const stat = /^\d+$/.test(entry) ? procStat(Number(entry)) : undefined
    if (stat) table.set(Number(entry), stat)
  }
  return table
}

/** CPU seconds of the tree under `root` (servers) and of PostgreSQL's processes. */
function cpuNow(root: number): { servers: number; postgres: number } {
  const table = processTable()
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; p = table.get(p)?.ppid ?? 0, hops++) if (p === root) return true
    return false
  }
  let servers = 0
  let postgres = 0
  for (const [pid, { name, cpuSeconds }] of table) {
    if (inTree(pid)) servers += cpuSeconds
    else if (name === 'postgres') postgres += cpuSeconds
  }
  return { servers, postgres }
}

/** CONNECTIONS loops, each asking for the pages in turn, until `until`. */
async function load(base: string, until: number): Promise<Load> {
  const result: Load = { pages: 0, errors: 0, times: [] }
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, loop) => {
      for (let i = loop; performance.now() < until; i++) {
        const started = performance.now()
        try {
          const res = await fetch(`${base}${PAGES[i % PAGES.length]}`)
          const text = await res.text()
          if (res.status !== 200 || !text.includes('</main>')) result.errors++
          else result.pages++
        } catch {
          result.errors++
        }
        result.times.push(performance.now() - started)
      }
    }),
  )
  return result
}

async function measure(processes: number): Promise<Load> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let log = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/start.ts', '-p', String(port)], {
    cwd: root,
    env: { ...env, WEB_CONCURRENCY: String(processes) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  try {
    const deadline = Date.now() + 120_000
    while ((log.match(/Ready in/g) ?? []).length < processes || !(await fetch(base).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`bench: npm start did not serve\n${log}`)
      await new Promise((r) => setTimeout(r, 300))
    }
    await load(base, performance.now() + WARMUP_S * 1000)
    const before = { ...cpuNow(child.pid!), load: process.cpuUsage() }
    const result = await load(base, performance.now() + MEASURE_S * 1000)
    const after = cpuNow(child.pid!)
    const own = process.cpuUsage(before.load)
    result.cpu = {
      servers: after.servers - before.servers,
      postgres: after.postgres - before.postgres,
      load: (own.user + own.system) / 1e6,
    }
    return result
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      // gone
    }
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', () => resolve())))
  }
}

try {
  const results: Record<number, Load> = {}
  for (const processes of [1, 2]) {
    const r = (results[processes] = await measure(processes))
    console.log(
      `  ${processes} process${processes === 1 ? ': ' : 'es:'} ${(r.pages / MEASURE_S).toFixed(1)} pages/s, ` +
        `p50 ${percentile(r.times, 50).toFixed(0)} ms, p99 ${percentile(r.times, 99).toFixed(0)} ms, ${r.errors} errors ` +
        `(${MEASURE_S} s after ${WARMUP_S} s warm-up; pages ${PAGES.join(' ')})`,
    )
    const cpu = r.cpu!
    console.log(
      `     cores busy: servers ${(cpu.servers / MEASURE_S).toFixed(2)}, PostgreSQL ${(cpu.postgres / MEASURE_S).toFixed(2)}, ` +
        `load generator ${(cpu.load / MEASURE_S).toFixed(2)}; ${(r.pages / cpu.servers).toFixed(1)} pages per server CPU-second`,
    )
  }
  const ratio = results[2]!.pages / results[1]!.pages
  console.log(`  2 processes / 1: ${ratio.toFixed(2)}× — target ≥ 1.7× on 2 cores: ${ratio >= 1.7 ? 'met' : 'NOT met'}`)
  // Whether the processes scale, apart from how many cores are left for them on this machine.
  const perCpu = (n: number) => results[n]!.pages / results[n]!.cpu!.servers
  console.log(`  pages per server CPU-second, 2 processes / 1: ${(perCpu(2) / perCpu(1)).toFixed(2)}× (1.0×: no cost to running two)`)
  console.log(`conditions: ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
} finally {
  await onPostgres(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
