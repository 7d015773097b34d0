/**
 * Browser tests run against the built app (`next build` + `next start`), as in
 * production: dev mode compiles each page on first visit for ~40 s. A fresh embedded
 * database is created by the committed migrations and seeded with the demo อบจ.: an
 * SQLite file, or, with E2E_DATABASE_URI=postgres://… (a role with CREATEDB; set by
 * `node test/postgres.mjs e2e`), a fresh PostgreSQL database dropped afterwards.
 * The queue runs every 2 s (JOBS_CRON). E2E_SKIP_BUILD=1 reuses an existing `.next` build.
 */
import type { TestProject } from 'vitest/node'

import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { freePort } from '../helpers/net'
import { createPostgresDatabase, dropPostgresDatabase, isPostgresUri } from '../helpers/payload'
import { silentLoaderExit } from '../helpers/runTsx'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The app's stdout and stderr (e-mails are printed there without SMTP). */
    serverLog: string
    /** The app's database (a `file:` or `postgres://` URI), for what no API shows (the queued jobs). */
    databaseUri: string
    /** The environment the app was started with (JSON), for a second instance (test/e2e/instances.test.ts). */
    serverEnv: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

let server: ChildProcess | undefined
let dataDir: string | undefined
let postgres: { server: string; name: string } | undefined

export default async function setup(project: TestProject) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-e2e-'))
  const postgresServer = process.env.E2E_DATABASE_URI
  if (isPostgresUri(postgresServer)) postgres = { server: postgresServer, name: `prongsai_e2e_${randomBytes(4).toString('hex')}` }
  const databaseUri = postgres
    ? await createPostgresDatabase(postgres.server, postgres.name)
    : `file:${path.join(dataDir, 'e2e.db')}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    // Production refuses to seed with the public demo password; the tests log in with it.
    SEED_ADMIN_PASSWORD: DEFAULT_ADMIN.password,
    DATA_DIR: dataDir,
    DATABASE_URI: databaseUri,
    // Scheduled publications run within seconds, on whichever instance claims the tick.
    JOBS_CRON: '*/2 * * * * *',
  }

  if (!process.env.E2E_SKIP_BUILD || !fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    run('next build', bin('next'), ['build'], env)
  }
  // Production mode: the schema comes from the committed migrations (prodMigrations).
  run('seed', bin('tsx'), ['seed/run.ts'], env)

  const port = await freePort()
  // The site's address: Payload then accepts the sign-in cookie from this origin only (CSRF).
  env.NEXT_PUBLIC_SERVER_URL = `http://127.0.0.1:${port}`
  // Its own process group, so that teardown stops next-server and anything it started.
  server = spawn(bin('next'), ['start', '-p', String(port)], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  // The app's own output, read by tests (e-mails) and kept at E2E_SERVER_LOG=<file> for a failure seen only in the browser.
  const serverLog = process.env.E2E_SERVER_LOG ?? path.join(dataDir, 'server.log')
  const keep = fs.createWriteStream(serverLog)
  server.stdout?.on('data', (d) => ((log += d), keep?.write(d)))
  server.stderr?.on('data', (d) => ((log += d), keep?.write(d)))
  const baseURL = `http://127.0.0.1:${port}`
  await waitFor(`${baseURL}/api/divisions?limit=1`, () => log)
  project.provide('baseURL', baseURL)
  project.provide('serverLog', serverLog)
  project.provide('databaseUri', databaseUri)
  project.provide('serverEnv', JSON.stringify(env))

  return async function teardown() {
    stopServer()
    if (postgres) await dropPostgresDatabase(postgres.server, postgres.name)
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

function stopServer() {
  if (!server?.pid) return
  server.stdout?.destroy()
  server.stderr?.destroy()
  try {
    process.kill(-server.pid, 'SIGKILL')
  } catch {
    // already gone
  }
  server.unref()
  server = undefined
}

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now()
  let result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: 'pipe' })
  // Node 20 + tsx: a start whose module loading never settles exits 13 with no output (test/helpers/runTsx.ts).
  for (let retry = 0; retry < 2 && silentLoaderExit(result); retry++) {
    result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: 'pipe' })
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    throw new Error(
      `e2e setup: ${label} failed (${seconds} s, exit ${result.status}, signal ${result.signal}, ${result.error ?? ''})\n${result.stdout}\n${result.stderr}`,
    )
  }
  console.log(`e2e setup: ${label} ${seconds} s`)
}

async function waitFor(url: string, log: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) {
      stopServer()
      throw new Error(`e2e setup: next start exited (${server.exitCode})\n${log()}`)
    }
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  stopServer()
  throw new Error(`e2e setup: ${url} did not answer within ${timeoutMs / 1000} s\n${log()}`)
}
