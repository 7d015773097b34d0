/**
 * Upgrading a database that has data: each migration runs as Payload runs it, in a
 * transaction with foreign keys on (where SQLite ignores `PRAGMA foreign_keys=OFF`), so a
 * generated table rebuild that cascades would show here as lost rows. Fresh databases
 * (CI, e2e) cannot show it: they have nothing to lose.
 */
import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations/sqlite'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-upgrade-'))
const client = createClient({ url: `file:${path.join(dir, 'upgrade.db')}` })

afterAll(() => {
  client.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Runs a migration in one transaction, foreign keys on, as Payload's `migrate` does. */
async function run(migration: (typeof migrations)[number]) {
  await client.execute('PRAGMA foreign_keys=ON')
  const tx = await client.transaction('write')
  const db = { run: (query: ReturnType<typeof sql>) => tx.execute(toSql(query)) }
  await migration.up({ db, payload: {}, req: {} } as never)
  await tx.commit()
}

/** drizzle's `sql` template as plain SQL (the migrations use no parameters). */
function toSql(query: ReturnType<typeof sql>): string {
  return (query as unknown as { queryChunks: { value?: string[] }[] }).queryChunks
    .map((chunk) => (chunk.value ?? []).join(''))
    .join('')
}

const rows = async (query: string) => (await client.execute(query)).rows.map((r) => ({ ...r }))

describe('the workflow migration on a database with users and documents', () => {
  it('keeps every role, turns each user’s division into their first, and puts published documents at the published step', async () => {
    const last = migrations.findIndex((m) => m.name.endsWith('workflow_audit_trash'))
    expect(last).toBeGreaterThan(0)
    for (const migration of migrations.slice(0, last)) await run(migration)

    await client.execute(`INSERT INTO departments (id, name_th, code) VALUES (1, 'กองคลัง', 'finance')`)
    await client.execute(
      `INSERT INTO users (id, email, department_id) VALUES (7, 'editor@example.go.th', 1), (8, 'admin@example.go.th', NULL)`,
    )
    await client.execute(
      `INSERT INTO users_roles ("order", parent_id, value, id) VALUES (1, 7, 'editor', 1), (1, 8, 'admin', 2)`,
    )
    await client.execute(
      `INSERT INTO laws (id, title, _status) VALUES (3, 'ข้อบัญญัติ', 'published'), (4, 'ร่างระเบียบ', 'draft')`,
    )

    await run(migrations[last]!)

    expect(await rows('SELECT parent_id, value FROM users_roles ORDER BY parent_id')).toEqual([
      { parent_id: 7, value: 'editor' },
      { parent_id: 8, value: 'admin' },
    ])
    expect(await rows('SELECT id, email FROM users ORDER BY id')).toHaveLength(2)
    expect(await rows(`SELECT parent_id, path, departments_id FROM users_rels`)).toEqual([
      { parent_id: 7, path: 'departments', departments_id: 1 },
    ])
    expect(await rows('SELECT id, workflow_state FROM laws ORDER BY id')).toEqual([
      { id: 3, workflow_state: 'published' },
      { id: 4, workflow_state: 'draft' },
    ])
  })
})
