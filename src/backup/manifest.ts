/**
 * The manifest of a backup archive, and the check of an unpacked archive against it.
 *
 * `prongsai-backup/2` lists every file of the archive but the manifest itself (the
 * database and each file under `media/`) with its size and SHA-256: a restore refuses an
 * archive in which any file is missing, different or unlisted, before it touches anything.
 * `prongsai-backup/1` (archives made before the hashes) lists only the number of media
 * files: such an archive is still restored, checked by that number and the row counts
 * (a missing file is refused, a damaged one cannot be noticed). A format this version does
 * not know (a newer Prongsai) is refused.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { bilingual } from '@prongsai/shared/bilingual'

export class BackupError extends Error {
  override name = 'BackupError'
}

export const MANIFEST = 'manifest.json'
const FORMAT_PREFIX = 'prongsai-backup/'
export const CURRENT_FORMAT = 'prongsai-backup/2'

/** One file of the archive: its path inside it ('/'-separated), size in bytes, SHA-256 in hex. */
export interface ArchivedFile {
  name: string
  size: number
  sha256: string
}

interface ManifestCommon {
  createdAt: string
  /** File name of the database inside the archive. */
  database: string
  mediaFiles: number
  /** Rows per table of the archived database. */
  tables: Record<string, number>
}

export interface ManifestV1 extends ManifestCommon {
  format: 'prongsai-backup/1'
}

export interface ManifestV2 extends ManifestCommon {
  format: typeof CURRENT_FORMAT
  /** Every file of the archive except the manifest. */
  files: ArchivedFile[]
}

export type Manifest = ManifestV1 | ManifestV2

/** How a restore could check the archive's files: each by its hash, or only their number (v1). */
export type Verification = 'count' | 'sha256'

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Plain files under `dir`, as sorted '/'-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort()
  } catch {
    return []
  }
}

/** Size and hash of every file under `dir` but the manifest: the `files` of a v2 manifest. */
export async function describeFiles(dir: string): Promise<ArchivedFile[]> {
  const files: ArchivedFile[] = []
  for (const name of await listFiles(dir)) {
    if (name === MANIFEST) continue
    const full = path.join(dir, ...name.split('/'))
    files.push({ name, size: (await fs.stat(full)).size, sha256: await sha256Of(full) })
  }
  return files
}

const notOurs = () => new BackupError(bilingual('ไฟล์นี้ไม่ใช่ไฟล์สำรองของ Prongsai', 'This is not a Prongsai backup archive'))

/** Reads the unpacked archive's manifest: ours, and of a format this version knows. */
export async function readManifest(dir: string): Promise<Manifest> {
  const text = await fs.readFile(path.join(dir, MANIFEST), 'utf8').catch(() => 'null')
  let manifest: unknown
  try {
    manifest = JSON.parse(text)
  } catch {
    throw notOurs()
  }
  const format = (manifest as { format?: unknown } | null)?.format
  if (typeof format !== 'string' || !format.startsWith(FORMAT_PREFIX)) throw notOurs()
  if (format === CURRENT_FORMAT) {
    if (!Array.isArray((manifest as ManifestV2).files)) throw notOurs()
    return manifest as ManifestV2
  }
  if (format === 'prongsai-backup/1') return manifest as ManifestV1
  throw new BackupError(
    bilingual(
      `ไฟล์สำรองนี้ทำด้วย Prongsai รุ่นที่ใหม่กว่า (${format}): ปรับรุ่นระบบก่อนกู้คืน`,
      `This archive was made by a newer Prongsai (${format}): upgrade before restoring it`,
    ),
  )
}

/** At most `max` names, then how many more. */
function some(names: string[], max = 5): { th: string; en: string } {
  const shown = names.slice(0, max).join(', ')
  const more = names.length - max
  return more > 0 ? { th: `${shown} และอีก ${more} ไฟล์`, en: `${shown} and ${more} more` } : { th: shown, en: shown }
}

const untouched = {
  th: 'ไฟล์สำรองไม่ครบหรือเสียหาย จึงไม่กู้คืน ข้อมูลปัจจุบันยังอยู่ครบไม่ถูกแตะต้อง',
  en: 'The archive is incomplete or damaged: nothing was restored, the current data is untouched',
}

/**
 * Checks the unpacked archive in `dir` against its manifest before anything is replaced.
 * Throws a {@link BackupError} that names what is missing, different or unlisted.
 */
export async function verifyFiles(dir: string, manifest: Manifest): Promise<Verification> {
  const present = (await listFiles(dir)).filter((name) => name !== MANIFEST)
  if (manifest.format === 'prongsai-backup/1') {
    const media = present.filter((name) => name.startsWith('media/')).length
    const database = present.includes(manifest.database)
    if (media !== manifest.mediaFiles || !database) {
      const th = `${untouched.th}: manifest ระบุไฟล์แนบ ${manifest.mediaFiles} ไฟล์ แต่มีมา ${media} ไฟล์${database ? '' : ' และไม่มีฐานข้อมูล'}`
      const en = `${untouched.en}: its manifest lists ${manifest.mediaFiles} files, ${media} arrived${database ? '' : ', and the database is missing'}`
      throw new BackupError(bilingual(th, en))
    }
    return 'count'
  }
  const listed = new Map(manifest.files.map((file) => [file.name, file]))
  const missing = [...listed.keys()].filter((name) => !present.includes(name))
  const unlisted = present.filter((name) => !listed.has(name))
  const different: string[] = []
  for (const name of present) {
    const expected = listed.get(name)
    if (!expected) continue
    const full = path.join(dir, ...name.split('/'))
    const { size } = await fs.stat(full)
    if (size !== expected.size || (await sha256Of(full)) !== expected.sha256) different.push(name)
  }
  if (missing.length + unlisted.length + different.length === 0) return 'sha256'
  const th: string[] = []
  const en: string[] = []
  if (missing.length) {
    th.push(`ขาด ${missing.length} ไฟล์ (${some(missing).th})`)
    en.push(`${missing.length} missing (${some(missing).en})`)
  }
  if (different.length) {
    th.push(`ขนาดหรือค่าแฮชไม่ตรง ${different.length} ไฟล์ (${some(different).th})`)
    en.push(`${different.length} differ in size or hash (${some(different).en})`)
  }
  if (unlisted.length) {
    th.push(`ไม่อยู่ใน manifest ${unlisted.length} ไฟล์ (${some(unlisted).th})`)
    en.push(`${unlisted.length} not in the manifest (${some(unlisted).en})`)
  }
  throw new BackupError(bilingual(`${untouched.th}: ${th.join('; ')}`, `${untouched.en}: ${en.join('; ')}`))
}
