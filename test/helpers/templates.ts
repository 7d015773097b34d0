/**
 * Template databases for the integration tests (test/int/global-setup.ts builds them once
 * per run, `bootPayload()` starts each test file from a copy):
 *
 * - `schema`: Payload booted once on an empty database, its schema pushed;
 * - `seeded`: the same after `seed(payload)` with the default options (the demo อบจ.), with
 *   the files it uploaded.
 *
 * Each is a folder laid out as a test file's data folder (SQLite: `test.db`; the seeded one
 * also `media/`) and, on PostgreSQL, a database of its own, copied with
 * `CREATE DATABASE … TEMPLATE …` (which needs nobody connected to the template: the process
 * that built it has exited).
 */
import type { Payload } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

export type TemplateName = 'schema' | 'seeded'

export interface Template {
  /** A data folder to copy (the SQLite database file, uploads). */
  dir: string
  /** On PostgreSQL: the template database, on the server of TEST_DATABASE_URI. */
  database?: string
}

export type Templates = Partial<Record<TemplateName, Template>>

/** The key under which the global setup provides the templates to the test files. */
export const TEMPLATES_KEY = 'prongsaiTemplates'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Templates built for this run (none: each file builds its database as before). */
    prongsaiTemplates: Templates
  }
}

/** The embedded database's file in a data folder (what `bootPayload()` points DATABASE_URI at). */
export const SQLITE_FILE = 'test.db'

/**
 * Copies a template's data folder into `dir`: real copies, never hard links (tests replace
 * and rewrite uploaded files, and each file's folder must be its own). Left behind: the
 * SQLite lock file of the process that built it, and its write-ahead log and index, empty
 * once the build checkpointed them into the database file (test/helpers/build-template.ts).
 */
export async function copyTemplateDir(template: Template, dir: string): Promise<void> {
  const left = [`${SQLITE_FILE}.instance`, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`].map((f) => path.join(template.dir, f))
  await fs.cp(template.dir, dir, { recursive: true, filter: (source) => !left.includes(source) })
}

/**
 * Closes every database connection of a Payload booted by a test or a template build.
 * Payload's PostgreSQL adapter never closes its pool, and keeps one connection checked out
 * from connect() on (pool.end() would wait for it forever): each connection is ended.
 * SQLite: destroy() closes the file, which checkpoints its write-ahead log into it.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const { pool } = payload.db as { pool?: PgPoolInternals }
  await payload.db.destroy?.()
  if (pool) {
    pool.on('error', () => {})
    await Promise.all((pool._clients ?? []).map((client) => client.end()))
  }
}

/** node-postgres' pool, with the list of its connections (idle or checked out) it keeps inside. */
type PgPoolInternals = { on: (event: 'error', listener: () => void) => void; _clients?: { end: () => Promise<void> }[] }

/** Where the template folders of one run live. */
export const templateDir = (root: string, name: TemplateName) => path.join(root, name)
