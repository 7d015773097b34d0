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

// SQLite's own migrations on SQLite files, whatever TEST_DATABASE_URI says: they run once, in
// the SQLite suite, not again in the PostgreSQL or MongoDB one.
const SQLITE_SUITE_ONLY = Boolean(process.env.TEST_DATABASE_URI)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-upgrade-'))
const client = createClient({ url: `file:${path.join(dir, 'upgrade.db')}` })
const ita2569Client = createClient({ url: `file:${path.join(dir, 'ita-2569.db')}` })

afterAll(() => {
  client.close()
  ita2569Client.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Runs a migration in one transaction, foreign keys on, as Payload's `migrate` does. */
async function run(migration: (typeof migrations)[number], direction: 'up' | 'down' = 'up', on = client) {
  await on.execute('PRAGMA foreign_keys=ON')
  const tx = await on.transaction('write')
  const db = { run: (query: ReturnType<typeof sql>) => tx.execute(toSql(query)) }
  await migration[direction]({ db, payload: {}, req: {} } as never)
  await tx.commit()
}

/** drizzle's `sql` template as plain SQL (the migrations use no parameters). */
function toSql(query: ReturnType<typeof sql>): string {
  return (query as unknown as { queryChunks: { value?: string[] }[] }).queryChunks
    .map((chunk) => (chunk.value ?? []).join(''))
    .join('')
}

const rows = async (query: string, on = client) => (await on.execute(query)).rows.map((r) => ({ ...r }))

describe.skipIf(SQLITE_SUITE_ONLY)('the workflow migration on a database with users and documents', () => {
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

describe.skipIf(SQLITE_SUITE_ONLY)('the ITA 2569 migration on a database with documents', () => {
  const on = ita2569Client
  const counts = async () => ({
    reports: await rows('SELECT id, kind FROM reports ORDER BY id', on),
    reportRows: await rows('SELECT _parent_id, name FROM reports_project_results ORDER BY _parent_id', on),
    reportVersions: await rows('SELECT id, parent_id FROM _reports_v ORDER BY id', on),
    services: await rows('SELECT id, name FROM e_services ORDER BY id', on),
    serviceVersions: await rows('SELECT id, parent_id FROM _e_services_v ORDER BY id', on),
    policies: await rows('SELECT id, kind FROM policies ORDER BY id', on),
    measures: await rows('SELECT id, analysed_year FROM integrity_measures ORDER BY id', on),
  })

  it('only adds: every document, row and version is kept, up and down', async () => {
    const index = migrations.findIndex((m) => m.name.endsWith('ita_2569_kinds'))
    expect(index).toBeGreaterThan(0)
    for (const migration of migrations.slice(0, index)) await run(migration, 'up', on)

    await on.execute(
      `INSERT INTO media (id, alt, filename, mime_type) VALUES (1, 'คู่มือ', 'guide.pdf', 'application/pdf')`,
    )
    await on.execute(`INSERT INTO reports (id, title, kind, _status) VALUES (1, 'รายงานประจำปี', 'annual', 'published')`)
    await on.execute(`INSERT INTO reports_project_results (_order, _parent_id, id, name) VALUES (1, 1, 'a', 'โครงการ')`)
    await on.execute(`INSERT INTO _reports_v (id, parent_id, version_title) VALUES (1, 1, 'รายงานประจำปี')`)
    await on.execute(`INSERT INTO e_services (id, name, url) VALUES (1, 'ระบบร้องเรียน', 'https://example.go.th')`)
    await on.execute(`INSERT INTO _e_services_v (id, parent_id, version_name) VALUES (1, 1, 'ระบบร้องเรียน')`)
    await on.execute(`INSERT INTO policies (id, title, kind) VALUES (1, 'No Gift', 'no-gift-declaration')`)
    await on.execute(`INSERT INTO integrity_measures (id, title, analysed_year) VALUES (1, 'มาตรการ', 2565)`)
    const before = await counts()

    await run(migrations[index]!, 'up', on)
    expect(await counts()).toEqual(before)
    await on.execute(`UPDATE e_services SET guide_url = 'https://example.go.th/guide', guide_id = 1 WHERE id = 1`)
    await on.execute(`UPDATE integrity_measures SET ita_score = 92.18 WHERE id = 1`)
    await on.execute(
      `INSERT INTO e_services_usage_statistics (_order, _parent_id, id, period, requests) VALUES (1, 1, 'u', 'ต.ค. 2568', 64)`,
    )
    // Deleting the guide's file empties the field, as on a database built fresh.
    await on.execute(`DELETE FROM media WHERE id = 1`)
    expect(await rows('SELECT guide_id, guide_url FROM e_services', on)).toEqual([
      { guide_id: null, guide_url: 'https://example.go.th/guide' },
    ])

    await run(migrations[index]!, 'down', on)
    expect(await counts()).toEqual(before)
    const columns = (await rows(`SELECT name FROM pragma_table_info('e_services')`, on)).map((r) => r.name)
    expect(columns).not.toContain('guide_id')
  })
})

describe.skipIf(SQLITE_SUITE_ONLY)('the division rename on a database with divisions, staff and documents', () => {
  const renameClient = createClient({ url: `file:${path.join(dir, 'division-rename.db')}` })
  afterAll(() => renameClient.close())
  const on = renameClient

  /** Every column that refers to a division, as `table.column`, read from the database itself. */
  const divisionColumns = async (word: 'department' | 'division') => {
    const tables = await rows(`SELECT name FROM sqlite_master WHERE type = 'table'`, on)
    const found: string[] = []
    for (const { name } of tables) {
      for (const { name: column } of await rows(`SELECT name FROM pragma_table_info('${name}')`, on)) {
        if (String(column).includes(word) && !(name === 'users' && column === 'department_id'))
          found.push(`${name}.${column}`)
      }
    }
    return found.sort()
  }
  /** The values of those columns, keyed by the column with the word taken out. */
  const references = async (word: 'department' | 'division') => {
    const out: Record<string, unknown[]> = {}
    for (const key of await divisionColumns(word)) {
      const [table, column] = key.split('.')
      const values = await rows(`SELECT ${column} AS v FROM "${table}" ORDER BY rowid`, on)
      out[key.replaceAll(word, '*')] = values.map((r) => r.v)
    }
    return out
  }

  it('carries every row and relation to the new names, and back down', async () => {
    const index = migrations.findIndex((m) => m.name.endsWith('division_rename'))
    expect(index).toBeGreaterThan(0)
    for (const migration of migrations.slice(0, index)) await run(migration, 'up', on)

    await on.execute(
      `INSERT INTO departments (id, name_th, code) VALUES (1, 'กองคลัง', 'finance'), (2, 'สำนักปลัด', 'office')`,
    )
    await on.execute(`INSERT INTO departments_oit_items ("order", parent_id, id, value) VALUES (1, 1, 1, 'o1')`)
    await on.execute(`INSERT INTO users (id, email) VALUES (7, 'editor@example.go.th')`)
    await on.execute(`INSERT INTO users_rels ("order", parent_id, path, departments_id) VALUES (1, 7, 'departments', 1)`)
    await on.execute(
      `INSERT INTO laws (id, title, department_id, _status) VALUES (3, 'ข้อบัญญัติ', 1, 'published'), (4, 'ระเบียบ', 2, 'draft')`,
    )
    await on.execute(`INSERT INTO _laws_v (id, parent_id, version_title, version_department_id) VALUES (5, 3, 'ข้อบัญญัติ', 1)`)
    await on.execute(
      `INSERT INTO news (id, title, department_id) VALUES (6, 'ข่าว', 2)`,
    )
    await on.execute(
      `INSERT INTO payload_preferences (id, key, value) VALUES (1, 'collection-laws', '{"columns":[{"accessor":"department","active":true}],"sort":"-department"}'), (2, 'collection-departments', '{"sort":"code"}')`,
    )
    await on.execute(`INSERT INTO payload_locked_documents (id) VALUES (9)`)
    await on.execute(
      `INSERT INTO payload_locked_documents_rels ("order", parent_id, path, departments_id) VALUES (1, 9, 'document', 2)`,
    )
    const before = await references('department')
    expect(Object.keys(before).length).toBeGreaterThan(30)

    await run(migrations[index]!, 'up', on)
    expect(await divisionColumns('department')).toEqual([])
    expect(await references('division')).toEqual(before)
    expect(await rows('SELECT id, code FROM divisions ORDER BY id', on)).toEqual([
      { id: 1, code: 'finance' },
      { id: 2, code: 'office' },
    ])
    expect(await rows('SELECT parent_id, value FROM divisions_oit_items', on)).toEqual([{ parent_id: 1, value: 'o1' }])
    // The row names its field, by which Payload finds a user's divisions.
    expect(await rows(`SELECT parent_id, path, divisions_id FROM users_rels`, on)).toEqual([
      { parent_id: 7, path: 'divisions', divisions_id: 1 },
    ])
    expect(await rows('SELECT key, value FROM payload_preferences ORDER BY id', on)).toEqual([
      { key: 'collection-laws', value: '{"columns":[{"accessor":"division","active":true}],"sort":"-division"}' },
      { key: 'collection-divisions', value: '{"sort":"code"}' },
    ])
    // Existing users read Thai e-mails, as a user created on a fresh database does.
    expect(await rows('SELECT id, language FROM users WHERE id = 7', on)).toEqual([{ id: 7, language: 'th' }])

    // The foreign keys followed the rename: deleting a division still empties documents' field and drops a user's link.
    await on.execute('PRAGMA foreign_keys=ON')
    await on.execute('DELETE FROM divisions WHERE id = 1')
    expect(await rows('SELECT id, division_id FROM laws ORDER BY id', on)).toEqual([
      { id: 3, division_id: null },
      { id: 4, division_id: 2 },
    ])
    expect(await rows('SELECT version_division_id FROM _laws_v', on)).toEqual([{ version_division_id: null }])
    expect(await rows('SELECT * FROM users_rels', on)).toEqual([])
    expect(await rows('SELECT * FROM divisions_oit_items', on)).toEqual([])

    const after = await references('division')
    await run(migrations[index]!, 'down', on)
    expect(await divisionColumns('division')).toEqual([])
    expect(await references('department')).toEqual(after)
    expect(await rows('SELECT key, value FROM payload_preferences ORDER BY id', on)).toEqual([
      { key: 'collection-laws', value: '{"columns":[{"accessor":"department","active":true}],"sort":"-department"}' },
      { key: 'collection-departments', value: '{"sort":"code"}' },
    ])
  })
})

describe.skipIf(SQLITE_SUITE_ONLY)('the organisations migration on a database with a profile, staff and documents', () => {
  const orgClient = createClient({ url: `file:${path.join(dir, 'organisations.db')}` })
  afterAll(() => orgClient.close())
  const on = orgClient

  it('gives everything to one organisation named after the profile, and its first administrator runs the platform', async () => {
    const index = migrations.findIndex((m) => m.name.endsWith('multi_organisation'))
    expect(index).toBeGreaterThan(0)
    for (const migration of migrations.slice(0, index)) await run(migration, 'up', on)

    await on.execute(
      `INSERT INTO organisations (id, name_th, type, province, _status) VALUES (1, 'อบจ.ทดสอบ', 'pao', 'นนทบุรี', 'published')`,
    )
    await on.execute(`INSERT INTO _organisations_v (id, parent_id, version_name_th) VALUES (1, 1, 'อบจ.ทดสอบ')`)
    await on.execute(`INSERT INTO divisions (id, name_th, code) VALUES (1, 'กองคลัง', 'finance')`)
    await on.execute(`INSERT INTO users (id, email) VALUES (7, 'editor@example.go.th'), (8, 'admin@example.go.th')`)
    await on.execute(`INSERT INTO users_roles ("order", parent_id, value, id) VALUES (1, 7, 'editor', 1), (1, 8, 'admin', 2)`)
    await on.execute(`INSERT INTO laws (id, title, division_id, _status) VALUES (3, 'ข้อบัญญัติ', 1, 'published')`)
    await on.execute(`INSERT INTO _laws_v (id, parent_id, version_title) VALUES (5, 3, 'ข้อบัญญัติ')`)
    await on.execute(`INSERT INTO media (id, alt, filename) VALUES (4, 'แผน', 'plan.pdf')`)
    await on.execute(`INSERT INTO audit_log (id, action, collection, document_id) VALUES (6, 'publish', 'laws', '3')`)
    await on.execute(`INSERT INTO payload_kv (key, data) VALUES ('oit-reminder:2566:o21:2022-10', '{}'), ('other', '{}')`)

    await run(migrations[index]!, 'up', on)
    expect(await rows('SELECT id, name, slug, kind, province FROM tenants', on)).toEqual([
      { id: 1, name: 'อบจ.ทดสอบ', slug: 'main', kind: 'pao', province: 'นนทบุรี' },
    ])
    for (const [table, column] of [
      ['organisations', 'tenant_id'], ['_organisations_v', 'version_tenant_id'], ['divisions', 'tenant_id'],
      ['laws', 'tenant_id'], ['_laws_v', 'version_tenant_id'], ['media', 'tenant_id'], ['audit_log', 'tenant_id'],
    ] as const) {
      expect(await rows(`SELECT DISTINCT ${column} AS t FROM ${table}`, on), table).toEqual([{ t: 1 }])
    }
    expect(await rows('SELECT _parent_id, tenant_id FROM users_tenants ORDER BY _parent_id', on)).toEqual([
      { _parent_id: 7, tenant_id: 1 },
      { _parent_id: 8, tenant_id: 1 },
    ])
    expect(await rows('SELECT id, platform_role FROM users ORDER BY id', on)).toEqual([
      { id: 7, platform_role: null },
      { id: 8, platform_role: 'administrator' },
    ])
    // What the reminders sent is remembered as the organisation's (not mailed again).
    expect(await rows('SELECT key FROM payload_kv ORDER BY key', on)).toEqual([
      { key: 'oit-reminder:1:2566:o21:2022-10' },
      { key: 'other' },
    ])
    // A second organisation may have its own กองคลัง, `finance`.
    await on.execute(`INSERT INTO tenants (id, name, slug) VALUES (2, 'เทศบาลทดสอบ', 'second')`)
    await on.execute(`INSERT INTO divisions (id, name_th, code, tenant_id) VALUES (2, 'กองคลัง', 'finance', 2)`)
    await expect(on.execute(`INSERT INTO divisions (id, name_th, code, tenant_id) VALUES (3, 'กองคลัง', 'finance', 2)`)).rejects.toThrow(/UNIQUE/)
  })
})
