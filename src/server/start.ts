/**
 * `npm start`: the production server on every core. One Node.js process renders on one
 * core; this primary starts `next start` in as many worker processes as
 * src/server/processCount.ts decides (a server database: one per core, or WEB_CONCURRENCY;
 * SQLite: one), and Node's cluster shares the one port among them (round-robin). The
 * instances are correct together as separate servers are (README, "Several instances"):
 * the site's caches expire through the database, jobs are claimed once.
 *
 * A worker is ready when Payload has booted in it (it says so: src/server/ready.ts). One
 * that stops before every first worker is ready (a database it cannot use, a wrong
 * setting) stops the whole start with its message; one that stops later is replaced, after
 * 1 s, doubling up to a minute while replacements stop before they are ready, so a
 * database that is away for a while is waited for, not hammered. The others keep serving.
 * SIGTERM or SIGINT stops the workers and then the primary. Arguments go on to `next start`
 * (`npm start -- -p 8080`).
 */
import cluster, { type Worker } from 'node:cluster'
import { createRequire } from 'node:module'
import os from 'node:os'
import { loadEnv } from 'payload/node'

import { EnvError, parseEnv } from '../env'
import { processCount } from './processCount'
import { POSTGRES_POOL_MAX, READY_MESSAGE } from './ready'

/** How long workers get to finish their answers after SIGTERM. */
const STOP_MS = 15_000
/** The first and the longest wait before a stopped worker is replaced. */
const RESTART_MS = { first: 1_000, longest: 60_000 }
/** PostgreSQL's own default `max_connections`. */
const POSTGRES_DEFAULT_CONNECTIONS = 100

Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
loadEnv()

function settings(): { processes: number; onPostgres: boolean } {
  try {
    const env = parseEnv()
    const processes = processCount(env.database.kind, env.processes, os.availableParallelism())
    return { processes, onPostgres: env.database.kind === 'postgres' }
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(`[prongsai] ${error.message}`)
    process.exit(1)
  }
}

const { processes, onPostgres } = settings()
// One process: the port is its own (no hand-over through this primary); several: round-robin.
cluster.schedulingPolicy = processes === 1 ? cluster.SCHED_NONE : cluster.SCHED_RR
cluster.setupPrimary({
  exec: createRequire(import.meta.url).resolve('next/dist/bin/next'),
  args: ['start', ...process.argv.slice(2)],
  // Not the tsx loader this primary runs under: the workers run the built app only.
  execArgv: [],
})
console.log(`[prongsai] เริ่ม ${processes} โปรเซส / ${processes} server process${processes === 1 ? '' : 'es'}`)
if (onPostgres && processes * POSTGRES_POOL_MAX > POSTGRES_DEFAULT_CONNECTIONS) {
  const needed = processes * POSTGRES_POOL_MAX
  console.warn(
    `[prongsai] ${processes} โปรเซสเปิดการเชื่อมต่อ PostgreSQL ได้ถึง ${needed}: ตั้ง max_connections ให้พอ (ค่าเริ่มต้น ${POSTGRES_DEFAULT_CONNECTIONS}) หรือลด WEB_CONCURRENCY / ` +
      `${processes} processes may open up to ${needed} PostgreSQL connections: raise max_connections (default ${POSTGRES_DEFAULT_CONNECTIONS}) or lower WEB_CONCURRENCY`,
  )
}

let stopping = false
/** Every first worker has been ready once: from then on a stopped worker is replaced. */
let started = false
let readyCount = 0
let restartWait = RESTART_MS.first
let restartTimer: NodeJS.Timeout | undefined
const ready = new Set<Worker>()

const how = (code: number, signal: string) => signal || `exit ${code}`

function start(): void {
  const worker = cluster.fork()
  worker.on('message', (message) => {
    if (message !== READY_MESSAGE) return
    ready.add(worker)
    restartWait = RESTART_MS.first
    console.log(`[prongsai] โปรเซส ${worker.process.pid} พร้อม / process ${worker.process.pid} ready`)
    if (!started && ++readyCount === processes) started = true
  })
}

cluster.on('exit', (worker, code, signal) => {
  const wasReady = ready.delete(worker)
  if (stopping) return
  if (!started) {
    console.error(
      `[prongsai] โปรเซสหยุดก่อนพร้อมให้บริการ (${how(code, signal)}) ดูข้อความด้านบน / a server process stopped before it was ready (${how(code, signal)}): see its message above`,
    )
    stop(code || 1)
    return
  }
  if (!wasReady) restartWait = Math.min(restartWait * 2, RESTART_MS.longest)
  console.error(
    `[prongsai] โปรเซสหยุด (${how(code, signal)}) จะเริ่มใหม่ใน ${restartWait / 1000} วินาที / a server process stopped (${how(code, signal)}); another starts in ${restartWait / 1000} s`,
  )
  restartTimer = setTimeout(start, restartWait)
})

function stop(exitCode = 0): void {
  stopping = true
  clearTimeout(restartTimer)
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w))
  if (workers.length === 0) process.exit(exitCode)
  for (const worker of workers) worker.process.kill('SIGTERM')
  setTimeout(() => {
    for (const worker of workers) worker.process.kill('SIGKILL')
    process.exit(exitCode)
  }, STOP_MS).unref()
  cluster.on('exit', () => {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode)
  })
}

process.on('SIGTERM', () => stop())
process.on('SIGINT', () => stop())

for (let i = 0; i < processes; i++) start()
