/**
 * Boots Payload in-process on a fresh database per test file: a temporary SQLite file
 * (never `:memory:`, which libsql swaps out inside transactions), or, when
 * TEST_DATABASE_URI=mongodb://… or postgres://… is set, a uniquely named database on that
 * server, dropped afterwards. The app's own payload.config.ts is used unchanged.
 *
 * When the run built templates (test/int/global-setup.ts, test/helpers/templates.ts), the
 * database is a copy of one, whose schema Payload already pushed: the push is skipped.
 * `{ seeded: true }` starts from the demo อบจ. as `seed(payload)` leaves it (uploads
 * included); without a template, that seed runs here.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import pg from 'pg'
import { inject } from 'vitest'

import { closeDatabase, copyTemplateDir, SQLITE_FILE, type Template } from './templates'

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
export async function createPostgresDatabase(uri: string, name: string, template?: string): Promise<string> {
  await onPostgresServer(uri, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`)
  return withDatabaseName(uri, name)
}

/** Drops database `name` on the server of `uri`, closing whatever connection is still open to it. */
export async function dropPostgresDatabase(uri: string, name: string): Promise<void> {
  await onPostgresServer(uri, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}

export interface BootOptions {
  /**
   * Use this folder as DATA_DIR (e.g. one prepared with files of an earlier install) instead
   * of a new one. No template is copied into it: the database is built as it finds it.
   */
  dir?: string
  /**
   * Start from the demo อบจ. as `seed(payload)` with its default options leaves it, with its
   * uploaded files: a copy of the run's seeded template, or seeded here when there is none.
   */
  seeded?: boolean
}

/** The template of this run to start from, if the global setup built one (and a folder was not given). */
function templateFor({ dir, seeded }: BootOptions): Template | undefined {
  if (dir) return undefined
  let templates
  try {
    templates = inject('prongsaiTemplates')
  } catch {
    return undefined // outside a vitest worker
  }
  return templates?.[seeded ? 'seeded' : 'schema']
}

export async function bootPayload(options: BootOptions = {}): Promise<TestPayload> {
  const id = randomBytes(4).toString('hex')
  const dir = options.dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), `prongsai-test-${id}-`)))
  const remote = process.env.TEST_DATABASE_URI
  const template = templateFor(options)
  if (template) await copyTemplateDir(template, dir)
  process.env.DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = `test-secret-${id}-${randomBytes(8).toString('hex')}`
  const databaseName = `prongsai_test_${id}`
  process.env.DATABASE_URI = !remote
    ? `file:${path.join(dir, SQLITE_FILE)}`
    : isPostgresUri(remote)
      ? await createPostgresDatabase(remote, databaseName, template?.database)
      : withDatabaseName(remote, databaseName)

  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await startPayload(config, Boolean(template))
  if (options.seeded && !template) {
    const { seed } = await import('../../seed')
    await seed(payload)
  }

  return {
    payload,
    config,
    dir,
    async cleanup() {
      // A throwaway PostgreSQL database is dropped; another remote one is emptied through Payload.
      if (remote && !isPostgresUri(remote)) await payload.db.migrateFresh?.({ forceAcceptWarning: true })
      await closeDatabase(payload)
      if (isPostgresUri(remote)) await dropPostgresDatabase(remote, databaseName)
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Boots Payload. A database copied from a template already has the schema this config
 * pushes (the template was pushed by the same config in this run): PAYLOAD_MIGRATING, which
 * Payload's SQL adapters read only to skip that push (as `payload migrate` does), is set
 * for this boot alone, so that nothing started later (a child process) inherits it.
 */
async function startPayload(config: SanitizedConfig, pushed: boolean): Promise<Payload> {
  if (!pushed) return getPayload({ config })
  const before = process.env.PAYLOAD_MIGRATING
  process.env.PAYLOAD_MIGRATING = 'true'
  try {
    return await getPayload({ config })
  } finally {
    if (before === undefined) delete process.env.PAYLOAD_MIGRATING
    else process.env.PAYLOAD_MIGRATING = before
  }
}
