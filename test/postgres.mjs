#!/usr/bin/env node
/**
 * Runs a vitest project on PostgreSQL: `node test/postgres.mjs int` runs the integration
 * suite with TEST_DATABASE_URI (each test file then creates and drops its own database on
 * that server); `node test/postgres.mjs e2e` runs the browser tests with the production
 * build on a fresh PostgreSQL database (E2E_DATABASE_URI).
 *
 * The server: TEST_POSTGRES_URI, or postgres://prongsai:prongsai@127.0.0.1:5432/postgres
 * (what .ci/postgres.sh sets up; the role needs CREATEDB). When none answers, a developer
 * gets a notice and the part is skipped (`e2e` runs on SQLite instead); in CI (CI=true)
 * that is a failure, never a skip.
 */
import { spawnSync } from 'node:child_process'
import pg from 'pg'

const project = process.argv[2]
if (!['int', 'e2e'].includes(project)) {
  console.error('usage: node test/postgres.mjs int|e2e [vitest arguments]')
  process.exit(2)
}
const uri = process.env.TEST_POSTGRES_URI || 'postgres://prongsai:prongsai@127.0.0.1:5432/postgres'
const shown = uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

async function answers() {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return undefined
  } catch (error) {
    return error.message
  } finally {
    await client.end().catch(() => {})
  }
}

const problem = await answers()
if (problem) {
  const what = `PostgreSQL at ${shown} does not answer (${problem})`
  if (process.env.CI === 'true') {
    console.error(`[test] ${what}: CI must run the ${project} suite on PostgreSQL (.ci/postgres.sh sets it up)`)
    process.exit(1)
  }
  console.log(
    `\n[test] SKIPPED: the ${project} suite on PostgreSQL. ${what}.\n` +
      '       To run it: sudo bash .ci/postgres.sh (Debian/Ubuntu), or set TEST_POSTGRES_URI to a role with CREATEDB.\n',
  )
  if (project === 'int') process.exit(0)
}

const env = { ...process.env }
if (!problem) env[project === 'int' ? 'TEST_DATABASE_URI' : 'E2E_DATABASE_URI'] = uri
console.log(`[test] ${project} suite on ${problem ? 'SQLite' : `PostgreSQL (${shown})`}`)
const run = spawnSync('npx', ['vitest', 'run', '--project', project, ...process.argv.slice(3)], {
  env,
  stdio: 'inherit',
})
process.exit(run.status ?? 1)
