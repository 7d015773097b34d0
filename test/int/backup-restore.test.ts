/**
 * `npm run backup` while the app runs (Payload open on the same database, as a separate
 * process would be), data changed afterwards, `npm run restore` refusing without --force
 * and bringing everything back with it: rows and files as they were at the backup.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import * as tar from 'tar'

import { type Manifest, restore, tableCounts } from '../../src/backup/archive'
import { parseEnv } from '../../src/env'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { runTsx } from '../helpers/runTsx'

const root = path.resolve(import.meta.dirname, '../..')
let t: TestPayload
let dbFile: string

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  dbFile = process.env.DATABASE_URI!.slice('file:'.length)
})

afterAll(async () => {
  await t?.cleanup()
})

function npmScript(name: 'backup' | 'restore', args: string[]) {
  // What `npm run <name> -- …` runs, without npm's own start-up time.
  const script = name === 'backup' ? 'src/backup/run-backup.ts' : 'src/backup/run-restore.ts'
  const result = runTsx([script, ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development' },
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 60_000,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

function mediaFiles(): Record<string, number> {
  const dir = path.join(t.dir, 'media')
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, fs.statSync(path.join(dir, name)).size]),
  )
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URI))('backup and restore of the embedded database', () => {
  it('round-trips rows and files, and refuses to overwrite data without --force', async () => {
    const outDir = path.join(t.dir, 'backups')
    const countsBefore = await tableCounts(dbFile)
    const filesBefore = mediaFiles()
    const executive = await t.payload.find({ collection: 'executives', limit: 1, depth: 0, overrideAccess: true })
    const exec = executive.docs[0]!

    // The app is running (Payload holds the database open) while the backup is taken.
    const made = npmScript('backup', ['--out', outDir])
    expect(made.status, made.output).toBe(0)
    const archives = fs.readdirSync(outDir).filter((name) => /^prongsai-\d{8}-\d{6}\.tar\.gz$/.test(name))
    expect(archives).toHaveLength(1)
    expect(made.output).toMatch(/สำรองเมื่อ .*25\d\d/)

    // Changes after the backup: a new document, an edited one, a deleted file.
    await t.payload.create({
      collection: 'news',
      data: { title: 'ข่าวหลังสำรองข้อมูล', date: new Date().toISOString() },
      overrideAccess: true,
      draft: true,
    })
    await t.payload.update({
      collection: 'executives',
      id: exec.id,
      data: { name: 'ชื่อที่แก้หลังสำรอง' },
      overrideAccess: true,
      draft: true,
    })
    const media = await t.payload.find({
      collection: 'media',
      limit: 1,
      sort: '-createdAt',
      depth: 0,
      overrideAccess: true,
    })
    await t.payload.delete({ collection: 'media', id: media.docs[0]!.id, overrideAccess: true })
    expect(await tableCounts(dbFile)).not.toEqual(countsBefore)
    expect(mediaFiles()).not.toEqual(filesBefore)

    const archive = path.join(outDir, archives[0]!)
    const refused = npmScript('restore', [archive])
    expect(refused.status).toBe(1)
    expect(refused.output).toContain('--force')

    await t.payload.db.destroy?.()
    // As an earlier version left it: readable by everyone.
    fs.chmodSync(t.dir, 0o755)
    const restored = npmScript('restore', [archive, '--force'])
    expect(restored.status, restored.output).toBe(0)
    expect(await tableCounts(dbFile)).toEqual(countsBefore)
    expect(mediaFiles()).toEqual(filesBefore)
    // Password hashes: the restored database and its folder are the app user's only.
    expect((fs.statSync(dbFile).mode & 0o777).toString(8)).toBe('600')
    expect((fs.statSync(t.dir).mode & 0o777).toString(8)).toBe('700')
    // The replaced data was moved aside, not deleted.
    const aside = fs.readdirSync(t.dir).filter((name) => name.startsWith('before-restore-'))
    expect(aside).toHaveLength(1)
    expect(fs.readdirSync(path.join(t.dir, aside[0]!))).toContain(path.basename(dbFile))
    expect(fs.readdirSync(t.dir).filter((name) => name.startsWith('.'))).toEqual([])
    // The archive holds password hashes: only its owner may read it.
    expect(fs.statSync(archive).mode & 0o077).toBe(0)
  })

  it('a tampered archive cannot plant a link: media comes back as a plain folder', async () => {
    const outDir = path.join(t.dir, 'backups')
    const good = path.join(
      outDir,
      fs.readdirSync(outDir).find((name) => name.endsWith('.tar.gz'))!,
    )
    const work = fs.mkdtempSync(path.join(t.dir, 'tamper-'))
    await tar.extract({ file: good, cwd: work })
    fs.rmSync(path.join(work, 'media'), { recursive: true })
    fs.symlinkSync('.', path.join(work, 'media'))
    // A careful tamperer also makes the manifest agree: it lists no media files.
    const manifest = JSON.parse(fs.readFileSync(path.join(work, 'manifest.json'), 'utf8')) as Manifest & {
      files: { name: string }[]
    }
    manifest.files = manifest.files.filter((file) => !file.name.startsWith('media/'))
    manifest.mediaFiles = 0
    fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest))
    const evil = path.join(work, 'evil.tar.gz')
    await tar.create({ gzip: true, file: evil, cwd: work }, ['manifest.json', 'prongsai.db', 'media'])

    const target = fs.mkdtempSync(path.join(t.dir, 'target-'))
    const env = parseEnv({ DATA_DIR: target, NODE_ENV: 'development' }, target)
    await restore(env, evil)
    expect(fs.lstatSync(env.mediaDir).isDirectory()).toBe(true)
    expect(fs.lstatSync(env.mediaDir).isSymbolicLink()).toBe(false)

    const notOurs = path.join(work, 'other.tar.gz')
    fs.writeFileSync(path.join(work, 'manifest.json'), '{"format":"something-else"}')
    await tar.create({ gzip: true, file: notOurs, cwd: work }, ['manifest.json'])
    await expect(restore(parseEnv({ DATA_DIR: fs.mkdtempSync(path.join(t.dir, 'x-')) }), notOurs)).rejects.toThrow(
      /ไม่ใช่ไฟล์สำรอง/,
    )
  })
})

/** Everything a refused restore must leave as it was: rows, files (with their bytes), what is beside them. */
function snapshot(dir: string) {
  const files = (sub: string) =>
    fs.existsSync(path.join(dir, sub))
      ? fs
          .readdirSync(path.join(dir, sub), { recursive: true })
          .map(String)
          .sort()
          .map((name) => `${name}:${sha256(path.join(dir, sub, name))}`)
      : []
  return { top: fs.readdirSync(dir).sort(), media: files('media'), db: sha256(path.join(dir, 'prongsai.db')) }
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

describe.skipIf(Boolean(process.env.TEST_DATABASE_URI))('restore checks every file against the manifest first', () => {
  let good: string
  let target: string
  let env: ReturnType<typeof parseEnv>
  let work: string

  /** The good archive unpacked, changed by `change`, packed again. */
  async function tampered(name: string, change: (dir: string) => void): Promise<string> {
    const dir = fs.mkdtempSync(path.join(work, `${name}-`))
    await tar.extract({ file: good, cwd: dir })
    change(dir)
    const file = path.join(work, `${name}.tar.gz`)
    await tar.create({ gzip: true, file, cwd: dir }, fs.readdirSync(dir))
    return file
  }

  const mediaOf = (dir: string) => fs.readdirSync(path.join(dir, 'media')).sort()

  beforeAll(async () => {
    const outDir = path.join(t.dir, 'backups')
    good = path.join(outDir, fs.readdirSync(outDir).find((name) => name.endsWith('.tar.gz'))!)
    work = fs.mkdtempSync(path.join(t.dir, 'verify-'))
    // A site with data, restored from the good archive: what a refused restore must leave alone.
    target = fs.mkdtempSync(path.join(t.dir, 'site-'))
    env = parseEnv({ DATA_DIR: target, NODE_ENV: 'development' }, target)
    const first = await restore(env, good)
    expect(first.verified).toBe('sha256')
    expect(first.manifest.mediaFiles).toBeGreaterThan(3)
  })

  const damages: [string, (dir: string) => void, RegExp][] = [
    [
      'every media file missing (the reported 0 of 159)',
      (dir) => fs.rmSync(path.join(dir, 'media'), { recursive: true }),
      /ขาด \d+ ไฟล์.*\d+ missing/,
    ],
    [
      'some media files missing (the reported 98 of 159)',
      (dir) => {
        for (const name of mediaOf(dir).slice(0, 3)) fs.rmSync(path.join(dir, 'media', name))
      },
      /ขาด 3 ไฟล์.*3 missing/,
    ],
    [
      'a file with other bytes of the same size',
      (dir) => {
        const file = path.join(dir, 'media', mediaOf(dir)[0]!)
        const bytes = fs.readFileSync(file)
        bytes[bytes.length - 1] ^= 0xff
        fs.writeFileSync(file, bytes)
      },
      /ค่าแฮชไม่ตรง 1 ไฟล์.*1 differ in size or hash/,
    ],
    [
      'a truncated database',
      (dir) => {
        const file = path.join(dir, 'prongsai.db')
        fs.truncateSync(file, fs.statSync(file).size - 4096)
      },
      /ค่าแฮชไม่ตรง 1 ไฟล์ \(prongsai\.db\)/,
    ],
    [
      'a file the manifest does not list',
      (dir) => fs.writeFileSync(path.join(dir, 'media', 'planted.pdf'), '%PDF-1.4'),
      /ไม่อยู่ใน manifest 1 ไฟล์ \(media\/planted\.pdf\).*not in the manifest/,
    ],
  ]

  it.each(damages)('refuses an archive with %s, and leaves the current data untouched', async (name, change, message) => {
    const archive = await tampered(name.replace(/\W+/g, '-'), change)
    const before = snapshot(target)
    const error = (await restore(env, archive, { force: true }).catch((e: unknown) => e)) as Error
    expect(error).toBeInstanceOf(Error)
    expect(error.message).toMatch(message)
    expect(error.message).toContain('ไม่กู้คืน')
    expect(error.message).toContain('nothing was restored')
    expect(snapshot(target)).toEqual(before)
  })

  it('an archive from before the hashes (format 1) is restored when its files are all there, refused when some are missing', async () => {
    const asVersion1 = (dir: string) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>
      delete manifest.files
      manifest.format = 'prongsai-backup/1'
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
    }
    const old = await tampered('v1', asVersion1)
    const result = await restore(env, old, { force: true })
    expect(result.verified).toBe('count')
    const oldMissing = await tampered('v1-missing', (dir) => {
      asVersion1(dir)
      fs.rmSync(path.join(dir, 'media', mediaOf(dir)[0]!))
    })
    const before = snapshot(target)
    await expect(restore(env, oldMissing, { force: true })).rejects.toThrow(/ไม่กู้คืน.*แต่มีมา \d+ ไฟล์/)
    expect(snapshot(target)).toEqual(before)
  })

  it('an archive of a newer format is refused', async () => {
    const newer = await tampered('v9', (dir) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>
      manifest.format = 'prongsai-backup/9'
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
    })
    const before = snapshot(target)
    await expect(restore(env, newer, { force: true })).rejects.toThrow(/รุ่นที่ใหม่กว่า.*newer Prongsai/)
    expect(snapshot(target)).toEqual(before)
  })
})
