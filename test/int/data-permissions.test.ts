/**
 * The embedded database holds password hashes and sessions: at start-up the data folder
 * becomes owner-only (0700) and the database with its -wal and -shm files 0600, also for an
 * installation whose files were made world-readable before (restored files: see
 * backup-restore.test.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload | undefined
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-modes-'))
const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8)

describe.skipIf(Boolean(process.env.TEST_DATABASE_URI))('data folder and database files are owner-only', () => {
  beforeAll(async () => {
    // What an earlier version left: a readable folder and database.
    fs.chmodSync(dir, 0o755)
    fs.writeFileSync(path.join(dir, 'test.db'), '')
    fs.chmodSync(path.join(dir, 'test.db'), 0o644)
    t = await bootPayload({ dir })
  })

  afterAll(async () => {
    await t?.cleanup()
  })

  it('after start-up and a save: folder 0700, database, -wal and -shm 0600', async () => {
    await t!.payload.create({
      collection: 'divisions',
      data: { nameTh: 'กองสิทธิ์ไฟล์', code: 'modes' },
      overrideAccess: true,
    })
    const db = path.join(dir, 'test.db')
    expect(fs.existsSync(`${db}-wal`)).toBe(true)
    expect({
      folder: mode(dir),
      database: mode(db),
      wal: mode(`${db}-wal`),
      shm: mode(`${db}-shm`),
    }).toEqual({ folder: '700', database: '600', wal: '600', shm: '600' })
  })
})
