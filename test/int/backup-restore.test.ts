/**
 * `npm run backup` while the app runs (Payload open on the same database, as a separate
 * process would be), data changed afterwards, `npm run restore` refusing without --force
 * and bringing everything back with it: rows and files as they were at the backup.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed/index'
import * as tar from 'tar'

import { restore, tableCounts } from '../../src/backup/archive'
import { parseEnv } from '../../src/env'
import { bootPayload, type TestPayload } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')
let t: TestPayload
let dbFile: string

beforeAll(async () => {
  t = await bootPayload()
  await seed(t.payload)
  dbFile = process.env.DATABASE_URI!.slice('file:'.length)
})

afterAll(async () => {
  await t?.cleanup()
})

function npmScript(name: 'backup' | 'restore', args: string[]) {
  // What `npm run <name> -- …` runs, without npm's own start-up time.
  const script = name === 'backup' ? 'src/backup/run-backup.ts' : 'src/backup/run-restore.ts'
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [script, ...args], {
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
    const restored = npmScript('restore', [archive, '--force'])
    expect(restored.status, restored.output).toBe(0)
    expect(await tableCounts(dbFile)).toEqual(countsBefore)
    expect(mediaFiles()).toEqual(filesBefore)
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
