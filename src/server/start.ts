/**
 * `npm start`: the production server on every core. One Node.js process renders on one
 * core; this primary starts `next start` in as many worker processes as
 * src/server/processCount.ts decides (a server database: one per core, or WEB_CONCURRENCY;
 * SQLite: one), and Node's cluster shares the one port among them (round-robin). The
 * instances are correct together as separate servers are (README, "Several instances"):
 * the site's caches expire through the database, jobs are claimed once.
 *
 * A worker that stops before it serves (a database it cannot use, a wrong setting) stops
 * the whole start with its message; one that stops later is started again. SIGTERM or
 * SIGINT stops the workers and then the primary. Arguments go on to `next start`
 * (`npm start -- -p 8080`).
 */
import cluster, { type Worker } from 'node:cluster'
import { createRequire } from 'node:module'
import os from 'node:os'
import { loadEnv } from 'payload/node'

import { EnvError, parseEnv } from '../env'
import { processCount } from './processCount'

/** A worker that ran at least this long before stopping is started again. */
const SERVED_MS = 10_000
/** How long workers get to finish their answers after SIGTERM. */
const STOP_MS = 15_000

Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
loadEnv()

function count(): number {
  try {
    const env = parseEnv()
    return processCount(env.database.kind, env.processes, os.availableParallelism())
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(`[prongsai] ${error.message}`)
    process.exit(1)
  }
}

const processes = count()
cluster.setupPrimary({
  exec: createRequire(import.meta.url).resolve('next/dist/bin/next'),
  args: ['start', ...process.argv.slice(2)],
  // Not the tsx loader this primary runs under: the workers run the built app only.
  execArgv: [],
})
console.log(`[prongsai] ${processes} server process${processes === 1 ? '' : 'es'} / เริ่ม ${processes} โปรเซส`)

let stopping = false
const startedAt = new Map<Worker, number>()
const served = new Set<Worker>()

function start(): void {
  const worker = cluster.fork()
  startedAt.set(worker, Date.now())
  worker.on('listening', () => served.add(worker))
}

cluster.on('exit', (worker, code, signal) => {
  const ranFor = Date.now() - (startedAt.get(worker) ?? Date.now())
  const wasServing = served.has(worker)
  startedAt.delete(worker)
  served.delete(worker)
  if (stopping) return
  if (!wasServing || ranFor < SERVED_MS) {
    console.error(`[prongsai] a server process stopped at start (${signal ?? `exit ${code}`}): see its message above`)
    stop(code || 1)
    return
  }
  console.error(`[prongsai] a server process stopped (${signal ?? `exit ${code}`}); starting another`)
  start()
})

function stop(exitCode = 0): void {
  stopping = true
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
