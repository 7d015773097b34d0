/**
 * Boots Payload in-process on a fresh database per test file: a temporary SQLite file
 * (never `:memory:`, which libsql swaps out inside transactions), or, when
 * TEST_DATABASE_URI=mongodb://… or postgres://… is set, a uniquely named database on that
 * server, dropped afterwards. The app's own payload.config.ts is used unchanged.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import pg from 'pg'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  /** Temporary folder of this test file (database file, uploads). */
  dir: string
  /** Closes the connection and removes the database. Call in afterAll. */
  cleanup: () => Promise<void>
}

/** Replaces (or adds) the database name of a MongoDB or PostgreSQL URI, keeping its options. */
export function withDatabaseName(uri: string, name: string): string {
  const [base, query] = uri.split('?', 2) as [string, string | undefined]
  const schemeEnd = base.indexOf('://') + 3
  const slash = base.indexOf('/', schemeEnd)
  const hosts = slash === -1 ? base : base.slice(0, slash)
  return `${hosts}/${name}${query ? `?${query}` : ''}`
}

/** A PostgreSQL URI (`postgres://` or `postgresql://`), whose server takes CREATE DATABASE. */
export function isPostgresUri(uri: string | undefined): uri is string {
  return Boolean(uri && /^postgres(ql)?:\/\//.test(uri))
}

/** Runs one statement on the server of a PostgreSQL URI, connected to the database the URI names. */
async function onPostgresServer(uri: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * Creates an empty database `name` on the server of `uri` (PostgreSQL creates databases
 * only from outside them) and returns the URI of the new database.
 */
export async function createPostgresDatabase(uri: string, name: string): Promise<string> {
  await onPostgresServer(uri, `CREATE DATABASE "${name}"`)
  return withDatabaseName(uri, name)
}

/** Drops database `name` on the server of `uri`, closing whatever connection is still open to it. */
export async function dropPostgresDatabase(uri: string, name: string): Promise<void> {
  await onPostgresServer(uri, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}

/** node-postgres' pool, with the list of its connections (idle or checked out) it keeps inside. */
type PgPoolInternals = pg.Pool & { _clients?: pg.Client[] }

export interface BootOptions {
  /** Use this folder as DATA_DIR (e.g. one prepared with files of an earlier install) instead of a new one. */
  dir?: string
}

export async function bootPayload({ dir: given }: BootOptions = {}): Promise<TestPayload> {
  const id = randomBytes(4).toString('hex')
  const dir = given ?? (await fs.mkdtemp(path.join(os.tmpdir(), `prongsai-test-${id}-`)))
  const remote = process.env.TEST_DATABASE_URI
  process.env.DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = `test-secret-${id}-${randomBytes(8).toString('hex')}`
  const databaseName = `prongsai_test_${id}`
  process.env.DATABASE_URI = !remote
    ? `file:${path.join(dir, 'test.db')}`
    : isPostgresUri(remote)
      ? await createPostgresDatabase(remote, databaseName)
      : withDatabaseName(remote, databaseName)

  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })

  return {
    payload,
    config,
    dir,
    async cleanup() {
      // A throwaway PostgreSQL database is dropped; another remote one is emptied through Payload.
      if (remote && !isPostgresUri(remote)) await payload.db.migrateFresh?.({ forceAcceptWarning: true })
      // Payload's PostgreSQL adapter never closes its pool, and keeps one connection checked
      // out from connect() on (pool.end() would wait for it forever): close every connection.
      const { pool } = payload.db as { pool?: PgPoolInternals }
      await payload.db.destroy?.()
      if (isPostgresUri(remote)) {
        pool?.on('error', () => {})
        await Promise.all((pool?._clients ?? []).map((client) => client.end()))
        await dropPostgresDatabase(remote, databaseName)
      }
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
