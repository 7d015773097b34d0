/**
 * The archive file itself: written owner-only from its first byte (it holds password
 * hashes and sessions), and read back taking only plain files and folders under the names
 * a backup has (no links, no paths that escape).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import * as tar from 'tar'

import { OWNER_ONLY_FILE } from '@/db/ownerOnlyFiles'
import { bilingual } from '@prongsai/shared/bilingual'
import { BackupError } from './manifest'
import { stamp } from './media'

/** Packs `names` of `staging` into `<outDir>/prongsai-YYYYMMDD-HHMMSS.tar.gz` and returns its path. */
export async function writeArchive(staging: string, names: string[], outDir: string, now: Date): Promise<string> {
  const archive = path.join(outDir, `prongsai-${stamp(now)}.tar.gz`)
  await tar.create({ gzip: true, file: archive, cwd: staging, portable: true, mode: OWNER_ONLY_FILE }, names)
  await fs.chmod(archive, OWNER_ONLY_FILE)
  return archive
}

/** Unpacks the entries of `archive` under `names` into `staging`. */
export async function readArchive(archive: string, staging: string, names: string[]): Promise<void> {
  await fs.access(archive).catch(() => {
    throw new BackupError(bilingual(`ไม่พบไฟล์สำรอง ${archive}`, `No backup archive at ${archive}`))
  })
  await tar.extract({
    file: archive,
    cwd: staging,
    strict: true,
    filter: (entryPath, entry) => {
      const type = (entry as { type?: string }).type
      const top = entryPath.replace(/^\.\//, '').split('/')[0] ?? ''
      return (type === 'File' || type === 'Directory') && names.includes(top)
    },
  })
}

/** The archive holds another kind of database than the one configured: said plainly, nothing touched. */
export function otherDatabaseKind(archived: string, configured: string): BackupError {
  return new BackupError(
    bilingual(
      `ไฟล์สำรองนี้เป็นฐานข้อมูลแบบ ${archived} แต่ DATABASE_URI ตั้งเป็น ${configured}: กู้คืนเข้าระบบที่ใช้ฐานข้อมูลแบบเดียวกัน`,
      `This archive holds a ${archived} database, but DATABASE_URI names ${configured}: restore it into a deployment on the same kind of database`,
    ),
  )
}
