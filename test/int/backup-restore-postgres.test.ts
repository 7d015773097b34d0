/**
 * `npm run backup` / `npm run restore` on PostgreSQL (pg_dump / pg_restore, src/backup/
 * postgres.ts): a backup while the app is connected, data changed afterwards, the restore
 * refused without --force and bringing rows and files back with it; the replaced data kept
 * aside; an archive of the other kind of database, or a damaged one, refused with
 * nothing touched. Runs in the PostgreSQL suite only (TEST_DATABASE_URI=postgres://…).
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPostgresDatabase, dropPostgresDatabase, isPostgresUri } from '../helpers/payload'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { runTsx } from '../helpers/runTsx'

const onPostgres = isPostgresUri(process.env.TEST_DATABASE_URI)
const root = path.resolve(import.meta.dirname, '../..')
let t: TestPayload
let uri: string

beforeAll(async () => {
  if (!onPostgres) return
  t = await bootPayload({ seeded: true })
  uri = process.env.DATABASE_URI!
}, 180_000)
afterAll(async () => t?.cleanup())

function npmScript(name: 'backup' | 'restore', args: string[], env: Record<string, string> = {}) {
  const script = name === 'backup' ? 'src/backup/run-backup.ts' : 'src/backup/run-restore.ts'
  const result = runTsx([script, ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', ...env },
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 120_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

async function counts(of = uri): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: of })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
    const out: Record<string, number> = {}
    for (const { name } of rows) out[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n)
    return out
  } finally {
    await client.end()
  }
}

const mediaFiles = () =>
  fs
    .readdirSync(path.join(t.dir, 'media'))
    .filter((n) => !n.startsWith('.'))
    .sort()

describe.runIf(onPostgres)('backup and restore on PostgreSQL', () => {
  it('round-trips rows and files, refuses to overwrite data without --force, keeps the replaced data aside', async () => {
    const outDir = path.join(t.dir, 'backups')
    const before = await counts()
    const filesBefore = mediaFiles()
    const made = npmScript('backup', ['--out', outDir])
    expect(made.status, made.output).toBe(0)
    const [name] = fs.readdirSync(outDir).filter((n) => n.endsWith('.tar.gz'))
    const archive = path.join(outDir, name!)
    expect(fs.statSync(archive).mode & 0o077).toBe(0)

    await t.payload.create({
      collection: 'news',
      data: { title: 'ข่าวหลังสำรองข้อมูล', date: new Date().toISOString() },
      overrideAccess: true,
      draft: true,
    })
    const media = await t.payload.find({ collection: 'media', limit: 1, sort: '-createdAt', depth: 0 })
    await t.payload.delete({ collection: 'media', id: media.docs[0]!.id, overrideAccess: true })
    const changed = await counts()
    expect(changed).not.toEqual(before)
    expect(mediaFiles()).not.toEqual(filesBefore)

    const refused = npmScript('restore', [archive])
    expect(refused.status).toBe(1)
    expect(refused.output).toContain('--force')
    expect(await counts()).toEqual(changed)

    await t.payload.db.destroy?.()
    const restored = npmScript('restore', [archive, '--force'])
    expect(restored.status, restored.output).toBe(0)
    expect(await counts()).toEqual(before)
    expect(mediaFiles()).toEqual(filesBefore)
    const aside = fs.readdirSync(t.dir).filter((n) => n.startsWith('before-restore-'))
    expect(aside).toHaveLength(1)
    expect(fs.readdirSync(path.join(t.dir, aside[0]!)).sort()).toEqual(['media', 'prongsai.pgdump'])
  }, 300_000)

  it('a damaged archive, or one of an SQLite database, is refused and nothing is touched', async () => {
    const outDir = path.join(t.dir, 'backups')
    const [name] = fs.readdirSync(outDir).filter((n) => n.endsWith('.tar.gz'))
    const unpacked = path.join(t.dir, 'unpacked')
    fs.mkdirSync(unpacked)
    await tar.extract({ file: path.join(outDir, name!), cwd: unpacked })
    const now = await counts()

    fs.appendFileSync(path.join(unpacked, 'prongsai.pgdump'), 'x')
    const damaged = path.join(t.dir, 'damaged.tar.gz')
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, fs.readdirSync(unpacked))
    const one = npmScript('restore', [damaged, '--force'])
    expect(one.status).toBe(1)
    expect(one.output).toContain('prongsai.pgdump')
    expect(await counts()).toEqual(now)

    const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'))
    fs.writeFileSync(path.join(unpacked, 'manifest.json'), JSON.stringify({ ...manifest, database: 'prongsai.db' }))
    const sqlite = path.join(t.dir, 'sqlite.tar.gz')
    await tar.create({ gzip: true, file: sqlite, cwd: unpacked }, fs.readdirSync(unpacked))
    const two = npmScript('restore', [sqlite, '--force'])
    expect(two.status).toBe(1)
    expect(two.output).toContain('This archive holds a SQLite database')
    expect(await counts()).toEqual(now)
  }, 120_000)

  it('restores into an empty database (a new server), without --force, rows and files as backed up', async () => {
    const outDir = path.join(t.dir, 'backups')
    const [name] = fs.readdirSync(outDir).filter((n) => n.endsWith('.tar.gz'))
    const archive = path.join(outDir, name!)
    const server = process.env.TEST_DATABASE_URI!
    const fresh = `prongsai_restore_${Date.now().toString(36)}`
    const target = await createPostgresDatabase(server, fresh)
    const elsewhere = path.join(t.dir, 'elsewhere')
    try {
      const restored = npmScript('restore', [archive], {
        DATABASE_URI: target,
        DATA_DIR: elsewhere,
        MEDIA_DIR: path.join(elsewhere, 'media'),
      })
      expect(restored.status, restored.output).toBe(0)
      const listed = path.join(t.dir, 'manifest-only')
      fs.mkdirSync(listed)
      await tar.extract({ file: archive, cwd: listed }, ['manifest.json'])
      const manifest = JSON.parse(fs.readFileSync(path.join(listed, 'manifest.json'), 'utf8'))
      expect(await counts(target)).toEqual(manifest.tables)
      expect(fs.readdirSync(path.join(elsewhere, 'media')).length).toBe(manifest.mediaFiles)
    } finally {
      await dropPostgresDatabase(server, fresh)
    }
  }, 120_000)
})
