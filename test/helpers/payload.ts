/**
 * Boots Payload in-process on a fresh database per test file: a temporary SQLite file
 * (never `:memory:`, which libsql swaps out inside transactions), or, when
 * TEST_DATABASE_URI=mongodb://… is set, a uniquely named MongoDB database that is
 * dropped afterwards. The app's own payload.config.ts is used unchanged.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  /** Temporary folder of this test file (database file, uploads). */
  dir: string
  /** Closes the connection and removes the database. Call in afterAll. */
  cleanup: () => Promise<void>
}

/** Replaces (or adds) the database name of a MongoDB URI, keeping its options. */
export function withDatabaseName(uri: string, name: string): string {
  const [base, query] = uri.split('?', 2) as [string, string | undefined]
  const schemeEnd = base.indexOf('://') + 3
  const slash = base.indexOf('/', schemeEnd)
  const hosts = slash === -1 ? base : base.slice(0, slash)
  return `${hosts}/${name}${query ? `?${query}` : ''}`
}

export interface BootOptions {
  /** Use this folder as DATA_DIR (e.g. one prepared with files of an earlier install) instead of a new one. */
  dir?: string
}

export async function bootPayload({ dir: given }: BootOptions = {}): Promise<TestPayload> {
  const id = randomBytes(4).toString('hex')
  const dir = given ?? (await fs.mkdtemp(path.join(os.tmpdir(), `prongsai-test-${id}-`)))
  const remote = process.env.TEST_DATABASE_URI
  process.env.DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = `test-secret-${id}-${randomBytes(8).toString('hex')}`
  process.env.DATABASE_URI = remote
    ? withDatabaseName(remote, `prongsai_test_${id}`)
    : `file:${path.join(dir, 'test.db')}`

  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })

  return {
    payload,
    config,
    dir,
    async cleanup() {
      // A throwaway remote database is emptied through Payload, whatever adapter it is.
      if (remote) await payload.db.migrateFresh?.({ forceAcceptWarning: true })
      await payload.db.destroy?.()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
