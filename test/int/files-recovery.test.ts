/**
 * Start-up recovery of upload files decides from the committed database. Each case stops
 * a delete, a file replacement or a create at a crash point (test/helpers/crash-points.ts)
 * and leaves the disk exactly as a killed process would: its pending folders renamed to a
 * process that is gone, and, before the commit, the media folder as it was at that moment.
 * Then recovery runs, as at the next start, and the media folder must hold exactly the
 * files the database names. The reported bug: a delete that had committed was undone
 * (its files put back, orphans still served to staff).
 */
import type { Payload } from 'payload'

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filesOf } from '../../collections/Media/hooks/filesFollowTransaction'
import {
  HOST_TAG,
  makePendingFolder,
  OTHER_HOST_GRACE_MS,
  pendingFoldersBeside,
} from '../../collections/Media/pendingFolders'
import { recoverPendingFiles } from '../../collections/Media/recoverPendingFiles'
import { imageBuffer, pdfBuffer } from '../../seed/files'
import { crashAt, installCrashPoints, type CrashPoint } from '../helpers/crash-points'
import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
let mediaDir: string
/** A process id that no longer runs: the "killed" owner of the frozen folders. */
let deadPid: number
/** The media folder at the last 'before-commit' crash (hard links). */
let snapshot: string | undefined

class Crash extends Error {}

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  mediaDir = path.join(t.dir, 'media')
  deadPid = spawnSync(process.execPath, ['-e', '0']).pid!
  installCrashPoints(payload, async (point) => {
    await freezePendingFolders()
    if (point === 'before-commit') {
      snapshot = fs.mkdtempSync(path.join(t.dir, 'snapshot-'))
      for (const name of fs.readdirSync(mediaDir)) fs.linkSync(path.join(mediaDir, name), path.join(snapshot, name))
      throw new Crash('crash before the commit')
    }
  })
})

afterAll(async () => {
  await t?.cleanup()
})

/** Copies this process's pending folders under the name of a dead process: what a kill leaves. */
async function freezePendingFolders() {
  for (const folder of await pendingFoldersBeside(mediaDir)) {
    if (folder.abandoned) continue
    const name = path.basename(folder.path).replace(`.${process.pid}-`, `.${deadPid}-`)
    const frozen = path.join(path.dirname(folder.path), name)
    fs.mkdirSync(frozen)
    for (const file of fs.readdirSync(folder.path)) fs.linkSync(path.join(folder.path, file), path.join(frozen, file))
  }
}

/** Runs `write` stopped at `point`; for 'before-commit' the media folder is then put back as it was at the crash. */
async function crash(point: CrashPoint, write: (options: ReturnType<typeof crashAt>) => Promise<unknown>) {
  snapshot = undefined
  if (point === 'before-commit') {
    await expect(write(crashAt(point))).rejects.toThrow()
    // The rollback's clean-up ran in this process; a killed one would not have run it.
    for (const name of fs.readdirSync(mediaDir)) fs.rmSync(path.join(mediaDir, name))
    for (const name of fs.readdirSync(snapshot!)) fs.linkSync(path.join(snapshot!, name), path.join(mediaDir, name))
  } else {
    await write(crashAt(point))
  }
}

let serial = 0
async function image() {
  const data = await imageBuffer(400 + serial, 300, '#aa3311')
  return { data, name: `recovery-${++serial}.png`, mimetype: 'image/png', size: data.length }
}
const pdf = () => {
  const data = pdfBuffer()
  return { data, name: `recovery-${++serial}.pdf`, mimetype: 'application/pdf', size: data.length }
}

async function createMedia(file: Awaited<ReturnType<typeof image>>, options = {}) {
  return (await payload.create({ collection: 'media', data: { alt: 'ทดสอบ' }, file, overrideAccess: true, ...options })) as unknown as Record<string, unknown> & { id: number | string }
}

async function namedFiles(): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })
  return docs.flatMap((doc) => filesOf(doc as unknown as Record<string, unknown>)).sort()
}

const onDisk = () => fs.readdirSync(mediaDir).sort()
const abandonedFolders = async () => (await pendingFoldersBeside(mediaDir)).filter((f) => f.abandoned)

async function recoverAndCheck() {
  expect((await abandonedFolders()).length, 'the crash left folders to settle').toBeGreaterThan(0)
  await recoverPendingFiles(payload)
  expect(await abandonedFolders()).toEqual([])
  expect(onDisk()).toEqual(await namedFiles())
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URI))('files after a crash follow the committed database', () => {
  it('a delete that committed stays done: its files are not put back (the reported bug)', async () => {
    const doc = await createMedia(await image())
    const files = filesOf(doc)
    expect(files.length).toBeGreaterThan(1)
    await crash('after-commit', (o) => payload.delete({ collection: 'media', id: doc.id, overrideAccess: true, ...o }))
    await recoverAndCheck()
    expect(onDisk().filter((name) => files.includes(name))).toEqual([])
  })

  it('a delete that did not commit is undone: the document and its files are back', async () => {
    const doc = await createMedia(await image())
    await crash('before-commit', (o) => payload.delete({ collection: 'media', id: doc.id, overrideAccess: true, ...o }))
    expect(onDisk().filter((name) => filesOf(doc).includes(name))).toEqual([])
    await recoverAndCheck()
    expect(onDisk()).toEqual(expect.arrayContaining(filesOf(doc)))
  })

  it('a replacement that committed keeps only the new files', async () => {
    const doc = await createMedia(await image())
    await crash('after-commit', async (o) =>
      payload.update({ collection: 'media', id: doc.id, data: {}, file: await image(), overrideAccess: true, ...o }),
    )
    await recoverAndCheck()
    expect(onDisk().filter((name) => filesOf(doc).includes(name))).toEqual([])
  })

  it('a replacement that did not commit keeps only the old files', async () => {
    const doc = await createMedia(await image())
    await crash('before-commit', async (o) =>
      payload.update({ collection: 'media', id: doc.id, data: {}, file: await image(), overrideAccess: true, ...o }),
    )
    await recoverAndCheck()
    expect(onDisk()).toEqual(expect.arrayContaining(filesOf(doc)))
  })

  it('a create that did not commit leaves no file; one that committed keeps its files', async () => {
    await crash('before-commit', async (o) => createMedia(await image(), o))
    await recoverAndCheck()
    let made: Record<string, unknown> | undefined
    await crash('after-commit', async (o) => (made = await createMedia(pdf(), o)))
    await recoverAndCheck()
    expect(onDisk()).toEqual(expect.arrayContaining(filesOf(made)))
  })

  it('a bulk delete that committed lets every file go', async () => {
    const a = await createMedia(await image())
    const b = await createMedia(pdf())
    await crash('after-commit', (o) =>
      payload.delete({ collection: 'media', where: { id: { in: [a.id, b.id] } }, overrideAccess: true, ...o }),
    )
    await recoverAndCheck()
    expect(onDisk().filter((name) => [...filesOf(a), ...filesOf(b)].includes(name))).toEqual([])
  })

  it('a folder from before owners were named is settled the same way', async () => {
    const kept = await createMedia(pdf())
    const gone = await createMedia(pdf())
    const legacy = fs.mkdtempSync(path.join(t.dir, '.media-pending-'))
    for (const doc of [kept, gone]) {
      for (const name of filesOf(doc)) fs.linkSync(path.join(mediaDir, name), path.join(legacy, name))
    }
    await payload.delete({ collection: 'media', id: gone.id, overrideAccess: true })
    fs.rmSync(path.join(mediaDir, filesOf(kept)[0]!))
    await recoverAndCheck()
    expect(fs.existsSync(legacy)).toBe(false)
    expect(onDisk()).toContain(filesOf(kept)[0])
  })

  it('leaves alone the folders of a process that still runs', async () => {
    const doc = await createMedia(pdf())
    const ours = await makePendingFolder(mediaDir, 'new', 'media')
    fs.writeFileSync(path.join(ours, 'in-flight.pdf'), '')
    fs.writeFileSync(path.join(mediaDir, 'in-flight.pdf'), 'being written')
    const parents = path.basename(ours).replace(`.${process.pid}-`, `.${process.ppid}-`)
    fs.mkdirSync(path.join(path.dirname(ours), parents))
    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    await recoverPendingFiles(payload)
    expect(fs.existsSync(ours)).toBe(true)
    expect(fs.existsSync(path.join(path.dirname(ours), parents))).toBe(true)
    expect(onDisk()).toContain('in-flight.pdf')
    fs.rmSync(ours, { recursive: true })
    fs.rmSync(path.join(path.dirname(ours), parents), { recursive: true })
    fs.rmSync(path.join(mediaDir, 'in-flight.pdf'))
  })

  it('leaves alone another host\'s folder on a shared media folder until it is older than any transaction', async () => {
    // Another instance (another host: its process id means nothing here) is writing a file.
    const ours = await makePendingFolder(mediaDir, 'new', 'media')
    const otherHost = path.basename(ours).replace(`-${HOST_TAG}`, '-0badc0de')
    expect(otherHost).not.toBe(path.basename(ours))
    const theirs = path.join(path.dirname(ours), otherHost)
    fs.renameSync(ours, theirs)
    fs.writeFileSync(path.join(theirs, 'other-host.pdf'), '')
    fs.writeFileSync(path.join(mediaDir, 'other-host.pdf'), 'being written on another host')
    await recoverPendingFiles(payload)
    expect(fs.existsSync(theirs)).toBe(true)
    expect(onDisk()).toContain('other-host.pdf')
    // Long after: that instance died mid-write, and the file it never committed goes.
    const old = new Date(Date.now() - OTHER_HOST_GRACE_MS - 60_000)
    fs.utimesSync(theirs, old, old)
    await recoverPendingFiles(payload)
    expect(fs.existsSync(theirs)).toBe(false)
    expect(onDisk()).not.toContain('other-host.pdf')
  })
})
