/**
 * PostgreSQL's twin of migrations-match-schema.test.ts: the committed PostgreSQL migrations
 * build the schema Payload pushes for the config (tables, columns with their types,
 * defaults and NOT NULL, enums with their values, indexes, constraints and foreign keys),
 * compared through PostgreSQL's own catalogue. A collection or field changed without
 * `npm run migrate:create` on PostgreSQL fails here. Runs only with
 * TEST_DATABASE_URI=postgres://… (the SQLite suite has its own).
 */
import { sql } from '@payloadcms/db-postgres'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations/postgres'
import { bootPayload, createPostgresDatabase, dropPostgresDatabase, isPostgresUri, type TestPayload } from '../helpers/payload'

const server = process.env.TEST_DATABASE_URI

/** One line per column, enum, index and constraint of the `public` schema. */
async function describeSchema(client: pg.Client): Promise<Set<string>> {
  const out = new Set<string>()
  const rows = async (q: string) => (await client.query(q)).rows as Record<string, string>[]
  for (const c of await rows(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public'`,
  ))
    out.add(
      `${c.table_name}.${c.column_name} ${c.data_type} ${c.udt_name}${c.is_nullable === 'NO' ? ' not null' : ''} default ${c.column_default}`,
    )
  for (const e of await rows(
    `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`,
  ))
    out.add(`enum ${e.typname}: ${e.labels}`)
  for (const i of await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`))
    out.add(`index ${i.indexname}: ${i.indexdef}`)
  for (const k of await rows(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
  ))
    out.add(`constraint ${k.tbl}.${k.conname}: ${k.def}`)
  return out
}

/** drizzle's `sql` template as plain SQL (the migrations use no parameters). */
const toSql = (q: ReturnType<typeof sql>) =>
  (q as unknown as { queryChunks: { value?: string[] }[] }).queryChunks.map((c) => (c.value ?? []).join('')).join('')

describe.skipIf(!isPostgresUri(server))('the committed PostgreSQL migrations', () => {
  const name = `prongsai_migrated_${randomBytes(4).toString('hex')}`
  let migrated: pg.Client
  let pushed: TestPayload

  beforeAll(async () => {
    migrated = new pg.Client({ connectionString: await createPostgresDatabase(server!, name) })
    await migrated.connect()
    // Each migration in its own transaction, as Payload's `migrate` runs it.
    for (const migration of migrations) {
      await migrated.query('BEGIN')
      await migration.up({ db: { execute: (q: ReturnType<typeof sql>) => migrated.query(toSql(q)) }, payload: {}, req: {} } as never)
      await migrated.query('COMMIT')
    }
    pushed = await bootPayload()
  }, 120_000)

  afterAll(async () => {
    await migrated?.end()
    await pushed?.cleanup()
    if (server) await dropPostgresDatabase(server, name)
  })

  it('build the schema Payload pushes for this config', async () => {
    const fromPush = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await fromPush.connect()
    const want = await describeSchema(fromPush)
    await fromPush.end()
    const have = await describeSchema(migrated)
    expect(want.size).toBeGreaterThan(1000)
    const missing = [...want].filter((line) => !have.has(line))
    const extra = [...have].filter((line) => !want.has(line))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })
})
