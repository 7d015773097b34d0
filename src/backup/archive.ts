/**
 * Backup and restore of the database and the uploaded files, as one dated `.tar.gz`:
 * `prongsai.db` (SQLite: a consistent copy made with `VACUUM INTO`, safe while the app
 * runs and writes) or `prongsai.pgdump` (PostgreSQL: postgres.ts), `media/` and
 * `manifest.json` (every file with its size and SHA-256, see manifest.ts). MongoDB
 * deployments use `mongodump`/`mongorestore` instead (README).
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs/promises'
import path from 'node:path'
import * as tar from 'tar'

import { OWNER_ONLY_DIR, OWNER_ONLY_FILE, protectDatabaseFiles } from '@/db/ownerOnlyFiles'
import type { AppEnv } from '@/env'
import { bilingual } from '@prongsai/shared/bilingual'
import { formatThaiDate } from '@prongsai/shared/thai-calendar'
import {
  BackupError,
  CURRENT_FORMAT,
  describeFiles,
  listFiles,
  MANIFEST,
  type Manifest,
  readManifest,
  type Verification,
  verifyFiles,
} from './manifest'
import { MEDIA_NAME, stageMedia, stamp } from './media'
import { backupPostgres, restorePostgres } from './postgres'
import { otherDatabaseKind, readArchive, writeArchive } from './tarball'

export { BackupError, type Manifest } from './manifest'

const DB_NAME = 'prongsai.db'

function sqliteFile(env: AppEnv): string {
  if (env.database.kind !== 'sqlite') {
    throw new BackupError(
      bilingual(
        'ฐานข้อมูลเป็น MongoDB: ใช้ mongodump / mongorestore (ดู README)',
        'The database is MongoDB: use mongodump / mongorestore (see the README)',
      ),
    )
  }
  return path.resolve(env.database.uri.slice('file:'.length))
}

/** Rows per table: in the manifest, and to compare a backup with what it came from. */
export async function tableCounts(file: string): Promise<Record<string, number>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const counts: Record<string, number> = {}
    for (const row of rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)
      counts[name] = Number(result.rows[0]!.n)
    }
    return counts
  } finally {
    client.close()
  }
}

export interface BackupResult {
  archive: string
  manifest: Manifest
}

/** Writes `<outDir>/prongsai-YYYYMMDD-HHMMSS.tar.gz` and returns its path and manifest. */
export async function backup(env: AppEnv, outDir: string, now = new Date()): Promise<BackupResult> {
  if (env.database.kind === 'postgres') return backupPostgres(env, outDir, now)
  const file = sqliteFile(env)
  await fs.access(file).catch(() => {
    throw new BackupError(bilingual(`ไม่พบฐานข้อมูล ${file}`, `No database at ${file}`))
  })
  // A new backups folder is the operator's only; an existing one keeps its mode, the archive does not.
  await fs.mkdir(outDir, { recursive: true, mode: OWNER_ONLY_DIR })
  const staging = await fs.mkdtemp(path.join(outDir, '.staging-'))
  try {
    const stagedMedia = path.join(staging, MEDIA_NAME)
    await fs.mkdir(stagedMedia)
    await stageMedia(env.mediaDir, stagedMedia)
    // VACUUM INTO reads one consistent snapshot, even while the app writes (WAL).
    const client = createClient({ url: `file:${file}` })
    try {
      await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(staging, DB_NAME)] })
    } finally {
      client.close()
    }
    await stageMedia(env.mediaDir, stagedMedia)
    const files = await describeFiles(staging)
    const manifest: Manifest = {
      format: CURRENT_FORMAT,
      createdAt: now.toISOString(),
      database: DB_NAME,
      mediaFiles: files.filter((f) => f.name.startsWith(`${MEDIA_NAME}/`)).length,
      tables: await tableCounts(path.join(staging, DB_NAME)),
      files,
    }
    await fs.writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
    const archive = await writeArchive(staging, [MANIFEST, DB_NAME, MEDIA_NAME], outDir, now)
    return { archive, manifest }
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
  }
}

/** Whether the database holds any row at all (a fresh file, or none, does not). */
async function hasData(file: string): Promise<boolean> {
  try {
    await fs.access(file)
  } catch {
    return false
  }
  const counts = await tableCounts(file)
  // Payload's own bookkeeping (migrations run, preferences) is not data anyone would lose.
  return Object.entries(counts).some(([table, n]) => n > 0 && !table.startsWith('payload_'))
}

export interface RestoreOptions {
  /** Replace a database that has data (the old one is moved aside, not deleted). */
  force?: boolean
  now?: Date
}

export interface RestoreResult {
  manifest: Manifest
  /** Where the replaced database and media were moved, when there were any. */
  movedAside?: string
  /** How the archive's files were checked: each by its SHA-256, or (an old archive) only their number. */
  verified: Verification
}

/** Restores an archive made by {@link backup} into the configured database and media folder. */
export async function restore(env: AppEnv, archive: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  if (env.database.kind === 'postgres') return restorePostgres(env, archive, options)
  const file = sqliteFile(env)
  await fs.access(archive).catch(() => {
    throw new BackupError(bilingual(`ไม่พบไฟล์สำรอง ${archive}`, `No backup archive at ${archive}`))
  })
  if (!options.force && (await hasData(file))) {
    throw new BackupError(
      bilingual(
        `ฐานข้อมูล ${file} มีข้อมูลอยู่แล้ว: หยุดระบบก่อน แล้วสั่งซ้ำพร้อม --force (ข้อมูลเดิมจะถูกย้ายไปเก็บไว้ ไม่ถูกลบ)`,
        `The database ${file} already has data: stop the app, then run again with --force (the current data is moved aside, not deleted)`,
      ),
    )
  }
  const dataDir = path.dirname(file)
  await fs.mkdir(dataDir, { recursive: true, mode: OWNER_ONLY_DIR })
  const staging = await fs.mkdtemp(path.join(dataDir, '.restore-'))
  const mediaParent = path.dirname(env.mediaDir)
  await fs.mkdir(mediaParent, { recursive: true })
  let stagedMedia: string | undefined
  try {
    await readArchive(archive, staging, [MANIFEST, DB_NAME, MEDIA_NAME])
    const manifest = await readManifest(staging)
    if (manifest.database !== DB_NAME) throw otherDatabaseKind('PostgreSQL', 'SQLite')
    // Every file as the manifest lists it, before anything current is touched.
    const verified = await verifyFiles(staging, manifest)
    const restoredCounts = await tableCounts(path.join(staging, DB_NAME)).catch(() => ({}))
    if (JSON.stringify(restoredCounts) !== JSON.stringify(manifest.tables)) {
      throw new BackupError(
        bilingual(
          'ไฟล์สำรองเสียหาย (จำนวนแถวไม่ตรงกับ manifest)',
          'The archive is damaged (row counts differ from its manifest)',
        ),
      )
    }
    // Media is staged beside its final place (same disk) before anything current is touched.
    stagedMedia = await fs.mkdtemp(path.join(mediaParent, '.media-restore-'))
    const extractedMedia = path.join(staging, MEDIA_NAME)
    if ((await fs.lstat(extractedMedia).catch(() => undefined))?.isDirectory()) {
      await fs.rename(extractedMedia, path.join(stagedMedia, MEDIA_NAME)).catch(async (error) => {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
        await fs.cp(extractedMedia, path.join(stagedMedia!, MEDIA_NAME), { recursive: true })
      })
    } else {
      await fs.mkdir(path.join(stagedMedia, MEDIA_NAME))
    }

    // The current data is moved aside (never deleted), then the restored data put in place;
    // if anything fails on the way, the moves are undone.
    const moves: [from: string, to: string][] = []
    const move = async (from: string, to: string) => {
      await fs.rename(from, to)
      moves.push([from, to])
    }
    let movedAside: string | undefined
    try {
      const current = [file, `${file}-wal`, `${file}-shm`]
      const present = (
        await Promise.all(
          current.map((p) =>
            fs.access(p).then(
              () => p,
              () => undefined,
            ),
          ),
        )
      ).filter((p): p is string => Boolean(p))
      const mediaPresent = Boolean(await fs.lstat(env.mediaDir).catch(() => undefined))
      if (present.length > 0 || mediaPresent) {
        movedAside = await fs.mkdtemp(path.join(dataDir, `before-restore-${stamp(options.now ?? new Date())}-`))
        for (const p of present) await move(p, path.join(movedAside, path.basename(p)))
        if (mediaPresent) {
          // Beside the media folder, so the move never crosses disks.
          const mediaAside =
            mediaParent === dataDir ? movedAside : await fs.mkdtemp(path.join(mediaParent, '.before-restore-media-'))
          await move(env.mediaDir, path.join(mediaAside, MEDIA_NAME))
        }
      }
      await move(path.join(staging, DB_NAME), file)
      await move(path.join(stagedMedia, MEDIA_NAME), env.mediaDir)
    } catch (error) {
      for (const [from, to] of moves.reverse()) await fs.rename(to, from).catch(() => {})
      throw error
    }
    // The archive kept the modes of the files it was made from: the restored ones are the app user's only.
    protectDatabaseFiles(file, env.dataDir)
    return { manifest, movedAside, verified }
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
    if (stagedMedia) await fs.rm(stagedMedia, { recursive: true, force: true })
  }
}

/** One line for the operator, Buddhist-era date first. */
export function describeBackup(manifest: Manifest): string {
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0)
  const when = formatThaiDate(new Date(manifest.createdAt), { withTime: true })
  return bilingual(
    `สำรองเมื่อ ${when}: ${rows} แถว, ไฟล์แนบ ${manifest.mediaFiles} ไฟล์`,
    `backed up ${manifest.createdAt}: ${rows} rows, ${manifest.mediaFiles} files`,
  )
}
