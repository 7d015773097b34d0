/**
 * `npm start` on every core (src/server/start.ts), on the build the global setup made.
 * - PostgreSQL: `WEB_CONCURRENCY=2` on a fresh database starts two server processes under
 *   one primary on one port; the committed migrations run once (one process waits for the
 *   other: src/db/migrateOneAtATime.ts) and neither fails; both answer; SIGTERM stops them all.
 * - a worker that stops after the start is replaced, and the other keeps serving meanwhile.
 * - SQLite: `WEB_CONCURRENCY=2` is refused before anything starts, with the bilingual line.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { freePort } from '../helpers/net'
import { withDatabaseName } from '../helpers/payload'
import { runSql } from './database'

const databaseUri = inject('databaseUri')
const onPostgres = /^postgres(ql)?:/.test(databaseUri)
const root = path.resolve(import.meta.dirname, '../..')
const serverEnv = JSON.parse(inject('serverEnv')) as NodeJS.ProcessEnv

let primary: ChildProcess | undefined
let log = ''

function npmStart(env: Record<string, string>, port: number): ChildProcess {
  // What `npm start` runs (package.json), without npm in between.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/start.ts', '-p', String(port)], {
    cwd: root,
    env: { ...serverEnv, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  return child
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.on('exit', (code) => resolve(code))
  })

/** The `next start` workers whose parent is `pid` (titled next-server; not tsx's esbuild service); none: ps exits 1. */
function childrenOf(pid: number): string[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /next/.test(line))
  } catch {
    return []
  }
}

/** Another database on the same PostgreSQL server. */
const onDatabase = (name: string) => withDatabaseName(databaseUri, name)
const FRESH = `prongsai_cores_${process.pid}`

afterAll(async () => {
  if (primary?.pid) {
    try {
      process.kill(-primary.pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
  if (onPostgres) await runSql(onDatabase('postgres'), `DROP DATABASE IF EXISTS ${FRESH} WITH (FORCE)`)
})

describe.runIf(onPostgres)('npm start on PostgreSQL: a process per core', () => {
  it('two processes on a fresh database: migrations once, both serve, SIGTERM stops all', async () => {
    await runSql(onDatabase('postgres'), `CREATE DATABASE ${FRESH}`)
    const port = await freePort()
    primary = npmStart({ DATABASE_URI: onDatabase(FRESH), WEB_CONCURRENCY: '2' }, port)
    const deadline = Date.now() + 200_000
    let ok = false
    while (!ok && Date.now() < deadline && primary.exitCode === null) {
      ok = await fetch(`http://127.0.0.1:${port}/api/divisions?limit=1`).then((r) => r.ok, () => false)
      if (!ok) await new Promise((r) => setTimeout(r, 300))
    }
    expect(ok, log).toBe(true)
    // Both workers have booted Payload (the second waited on the migration lock).
    while (Date.now() < deadline && (log.match(/ready\n/g) ?? []).length < 2) await new Promise((r) => setTimeout(r, 200))
    expect(log.match(/\[prongsai\] โปรเซส \d+ พร้อม \/ process \d+ ready/g), log).toHaveLength(2)
    expect(log).toContain('2 server processes')
    expect(childrenOf(primary.pid!)).toHaveLength(2)
    // Each migration ran in one process only, and nothing failed.
    const applied = (await runSql(onDatabase(FRESH), 'SELECT name FROM payload_migrations')).map((r) => r.name)
    expect(applied.filter((n) => n === '20261207_122815_initial')).toHaveLength(1)
    expect(log.match(/Migrating: 20261207_122815_initial/g), log).toHaveLength(1)
    expect(log).not.toMatch(/Error running migration|stopped at start/)
    // Many answers, none refused, after both are serving.
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => fetch(`http://127.0.0.1:${port}/api/divisions?limit=1`).then((r) => r.status)),
    )
    expect(new Set(statuses)).toEqual(new Set([200]))
    expect(childrenOf(primary.pid!)).toHaveLength(2)
    // A worker that dies is replaced; the other serves meanwhile.
    const [victim] = childrenOf(primary.pid!).map((line) => Number(line.trim().split(/\s+/)[0]))
    process.kill(victim!, 'SIGKILL')
    // A kept-alive connection the killed worker held is reset; the next one is the other's.
    const status = () => fetch(`http://127.0.0.1:${port}/api/divisions?limit=1`).then((r) => r.status)
    expect(await status().catch(status)).toBe(200)
    while (Date.now() < deadline && (log.match(/ready\n/g) ?? []).length < 3) await new Promise((r) => setTimeout(r, 200))
    expect(log).toContain('another starts in 1 s')
    expect(log.match(/process \d+ ready/g), log).toHaveLength(3)
    expect(childrenOf(primary.pid!)).toHaveLength(2)
    // The workers by pid: once the primary is gone, a survivor would no longer be its child.
    const workers = childrenOf(primary.pid!).map((line) => Number(line.trim().split(/\s+/)[0]))
    primary.kill('SIGTERM')
    expect(await exited(primary)).toBe(0)
    for (const pid of workers) expect(() => process.kill(pid, 0), `worker ${pid} still runs`).toThrow()
  }, 240_000)
})

describe.skipIf(onPostgres)('npm start on SQLite: one process', () => {
  it('WEB_CONCURRENCY=2 is refused before anything starts', async () => {
    log = ''
    const child = npmStart({ WEB_CONCURRENCY: '2' }, await freePort())
    expect(await exited(child)).toBe(1)
    expect(log).toContain('An SQLite database serves one process (WEB_CONCURRENCY=2 was set): use PostgreSQL for several')
    expect(log).not.toContain('Next.js')
  }, 60_000)
})
