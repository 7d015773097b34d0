/**
 * Backup and restore on PostgreSQL, with Debian's `pg_dump` and `pg_restore` (the
 * `postgresql-client` package; on PATH). The archive has the same shape as SQLite's, with
 * `prongsai.pgdump` (pg_dump's custom format) in place of `prongsai.db`, and the same
 * manifest: every file's SHA-256 and the rows per table.
 *
 * - Backup, safe while the app runs: one read-only snapshot is exported, the rows are
 *   counted in it and pg_dump dumps exactly it (`--snapshot`), so the counts and the dump
 *   agree whatever is saved meanwhile.
 * - Restore: refused if the database has data, unless `--force`; then the current
 *   database is first dumped to DATA_DIR/before-restore-…/ and the media folder moved
 *   there (nothing is deleted), the schema is emptied, the archive loaded in one
 *   transaction and its rows counted against the manifest. If anything fails, what was
 *   there is loaded back.
 * The password travels in PGPASSWORD, never on a command line.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

import { OWNER_ONLY_DIR, OWNER_ONLY_FILE } from '@/db/ownerOnlyFiles'
import type { AppEnv } from '@/env'
import { bilingual } from '@prongsai/shared/bilingual'
import type { BackupResult, RestoreOptions, RestoreResult } from './archive'
import { BackupError, CURRENT_FORMAT, describeFiles, MANIFEST, type Manifest, readManifest, verifyFiles } from './manifest'
import { MEDIA_NAME, stageMedia, stamp } from './media'
import { otherDatabaseKind, readArchive, writeArchive } from './tarball'

export const DUMP_NAME = 'prongsai.pgdump'

/** The URI without its password, and the password apart (for PGPASSWORD). */
function connection(uri: string): { dbname: string; password: string | undefined } {
  const url = new URL(uri)
  const password = url.password ? decodeURIComponent(url.password) : undefined
  url.password = ''
  return { dbname: url.toString(), password }
}

/** Runs pg_dump or pg_restore; a missing program or a failure is a BackupError with its message. */
function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], uri: string): Promise<void> {
  const { dbname, password } = connection(uri)
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${dbname}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', (error) =>
      reject(
        new BackupError(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? bilingual(
                `ไม่พบโปรแกรม ${tool}: ติดตั้งแพ็กเกจ postgresql-client (Debian/Ubuntu)`,
                `${tool} not found: install the postgresql-client package (Debian/Ubuntu)`,
              )
            : error.message,
        ),
      ),
    )
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(bilingual(`${tool} ล้มเหลว (${code})`, `${tool} failed (${code})`) + `: ${stderr.trim()}`)),
    )
  })
}

async function withClient<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Rows per table of the current schema, as the client's transaction sees them; keys sorted like SQLite's. */
async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\"",
  )
  const counts: Record<string, number> = {}
  for (const { name } of rows) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)
    counts[name] = Number(result.rows[0]!.n)
  }
  return counts
}

/** Dumps the database to `file` and returns its rows per table, both from one snapshot. */
async function dumpWithCounts(uri: string, file: string): Promise<Record<string, number>> {
  return withClient(uri, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
      const counts = await countRows(client)
      await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0]!.id}`, `--file=${file}`], uri)
      return counts
    } finally {
      await client.query('COMMIT')
    }
  })
}

/** Writes `<outDir>/prongsai-YYYYMMDD-HHMMSS.tar.gz` from a PostgreSQL database. */
export async function backupPostgres(env: AppEnv, outDir: string, now: Date): Promise<BackupResult> {
  await fs.mkdir(outDir, { recursive: true, mode: OWNER_ONLY_DIR })
  const staging = await fs.mkdtemp(path.join(outDir, '.staging-'))
  try {
    const stagedMedia = path.join(staging, MEDIA_NAME)
    await fs.mkdir(stagedMedia)
    await stageMedia(env.mediaDir, stagedMedia)
    const tables = await dumpWithCounts(env.database.uri, path.join(staging, DUMP_NAME))
    await fs.chmod(path.join(staging, DUMP_NAME), OWNER_ONLY_FILE)
    await stageMedia(env.mediaDir, stagedMedia)
    const files = await describeFiles(staging)
    const manifest: Manifest = {
      format: CURRENT_FORMAT,
      createdAt: now.toISOString(),
      database: DUMP_NAME,
      mediaFiles: files.filter((f) => f.name.startsWith(`${MEDIA_NAME}/`)).length,
      tables,
      files,
    }
    await fs.writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
    return { archive: await writeArchive(staging, [MANIFEST, DUMP_NAME, MEDIA_NAME], outDir, now), manifest }
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}

/** Whether any table but Payload's own bookkeeping has a row. */
async function hasData(uri: string): Promise<boolean> {
  const counts = await withClient(uri, countRows)
  return Object.entries(counts).some(([table, n]) => n > 0 && !table.startsWith('payload_'))
}

/** Empties the schema and loads `dump` into it, in one transaction. */
async function load(uri: string, dump: string): Promise<void> {
  await withClient(uri, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'))
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', dump], uri)
}

/** Restores an archive made by {@link backupPostgres} into the configured PostgreSQL database and media folder. */
export async function restorePostgres(env: AppEnv, archive: string, options: RestoreOptions): Promise<RestoreResult> {
  const uri = env.database.uri
  await fs.mkdir(env.dataDir, { recursive: true, mode: OWNER_ONLY_DIR })
  const staging = await fs.mkdtemp(path.join(env.dataDir, '.restore-'))
  try {
    await readArchive(archive, staging, [MANIFEST, DUMP_NAME, MEDIA_NAME])
    const manifest = await readManifest(staging)
    if (manifest.database !== DUMP_NAME) throw otherDatabaseKind('SQLite', 'PostgreSQL')
    const verified = await verifyFiles(staging, manifest)
    if (!options.force && (await hasData(uri))) {
      throw new BackupError(
        bilingual(
          'ฐานข้อมูลมีข้อมูลอยู่แล้ว: หยุดระบบก่อน แล้วสั่งซ้ำพร้อม --force (ข้อมูลเดิมจะถูกสำรองไว้ ไม่ถูกลบ)',
          'The database already has data: stop the app, then run again with --force (the current data is kept aside, not deleted)',
        ),
      )
    }
    // What is there now is kept first: a dump of the database and the media folder.
    const movedAside = await fs.mkdtemp(path.join(env.dataDir, `before-restore-${stamp(options.now ?? new Date())}-`))
    await dumpWithCounts(uri, path.join(movedAside, DUMP_NAME))
    const mediaAside = path.join(movedAside, MEDIA_NAME)
    const hadMedia = Boolean(await fs.lstat(env.mediaDir).catch(() => undefined))
    try {
      await load(uri, path.join(staging, DUMP_NAME))
      const counts = await withClient(uri, countRows)
      if (JSON.stringify(counts) !== JSON.stringify(manifest.tables)) {
        throw new BackupError(
          bilingual('ไฟล์สำรองเสียหาย (จำนวนแถวไม่ตรงกับ manifest)', 'The archive is damaged (row counts differ from its manifest)'),
        )
      }
      if (hadMedia) await fs.cp(env.mediaDir, mediaAside, { recursive: true })
      await fs.rm(env.mediaDir, { recursive: true, force: true })
      await fs.mkdir(path.dirname(env.mediaDir), { recursive: true })
      await fs.cp(path.join(staging, MEDIA_NAME), env.mediaDir, { recursive: true }).catch(async (error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        await fs.mkdir(env.mediaDir)
      })
    } catch (error) {
      await load(uri, path.join(movedAside, DUMP_NAME))
      if (hadMedia && (await fs.lstat(mediaAside).catch(() => undefined))) {
        await fs.rm(env.mediaDir, { recursive: true, force: true })
        await fs.cp(mediaAside, env.mediaDir, { recursive: true })
      }
      throw error
    }
    return { manifest, movedAside, verified }
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}
