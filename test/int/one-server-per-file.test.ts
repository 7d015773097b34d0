/**
 * A second app process on the same SQLite file is refused when it starts, with one clear
 * line naming the holder (issue 20), instead of "database is locked" at random later.
 * The holder here is this test process (claimDatabaseFile, as the adapter does); the
 * second process is a real Payload start in a child.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { claimDatabaseFile, STALE_MS } from '@/db/oneServerPerFile'
import { runTsx } from '../helpers/runTsx'

const root = path.resolve(import.meta.dirname, '../..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-one-server-'))
const file = path.join(dir, 'prongsai.db')
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function startSecond() {
  const result = runTsx(['test/fixtures/boot-payload.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test', // not development: that would regenerate src/payload-types.ts in the repository
      DATA_DIR: dir,
      DATABASE_URI: `file:${file}`,
      PAYLOAD_SECRET: randomBytes(16).toString('hex'),
    } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { status: result.status, out: `${result.stdout}\n${result.stderr}` }
}

// SQLite files only, never the suite's database: the PostgreSQL run (TEST_DATABASE_URI) would
// only repeat the SQLite run's 30–40 s.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URI))('one app process per SQLite file', () => {
  it('a second process is refused at start-up, naming the holder, in Thai and English', () => {
    const release = claimDatabaseFile(file)
    try {
      const second = startSecond()
      expect(second.status).not.toBe(0)
      expect(second.out).not.toContain('payload-ready')
      expect(second.out).toContain(`ฐานข้อมูล ${file} ถูกใช้โดยโปรแกรมอีกตัวอยู่แล้ว (pid ${process.pid} @ ${os.hostname()})`)
      expect(second.out).toContain('SQLite serves one app process per file')
    } finally {
      release()
    }
    expect(fs.existsSync(`${file}.instance`)).toBe(false)
  }, 150_000)

  it('once the holder has let go (or died), the next process starts and leaves no claim behind', () => {
    // A claim left by a process that no longer exists on this host is stale.
    fs.writeFileSync(`${file}.instance`, JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), startedAt: '' }))
    const next = startSecond()
    expect(next.out).toContain('payload-ready')
    expect(next.status).toBe(0)
    expect(fs.existsSync(`${file}.instance`)).toBe(false)
  }, 150_000)

  it('a claim from another host counts until it has not been touched for a while', () => {
    const claim = `${file}.instance`
    fs.writeFileSync(claim, JSON.stringify({ pid: 1, host: 'another-host', startedAt: '' }))
    expect(() => claimDatabaseFile(file)).toThrow(/pid 1 @ another-host/)
    const old = new Date(Date.now() - STALE_MS - 1000)
    fs.utimesSync(claim, old, old)
    const release = claimDatabaseFile(file)
    expect(JSON.parse(fs.readFileSync(claim, 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() })
    release()
  })

  it('the same process may open its database again (a reloading development server, tests)', () => {
    const first = claimDatabaseFile(file)
    const again = claimDatabaseFile(file)
    again()
    first()
    expect(fs.existsSync(`${file}.instance`)).toBe(false)
  })
})
