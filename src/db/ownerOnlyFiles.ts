/**
 * The embedded database holds password hashes and sessions, the data folder the generated
 * secret and the uploads: they are for the app's own user only. The data folder is made
 * 0700 and the database file, with SQLite's `-wal`, `-shm` and `-journal` beside it, 0600:
 * at start-up (before the database opens, and again once it has, for a file it has just
 * created) and after a restore. SQLite creates its `-wal` and `-shm` files with the mode
 * of the database file, so they stay owner-only after that.
 *
 * Only `payload.config.ts` (for the embedded database) and the restore use this.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

export const OWNER_ONLY_DIR = 0o700
export const OWNER_ONLY_FILE = 0o600

/** The database file and the files SQLite keeps beside it. */
export const databaseFiles = (file: string) => ['', '-wal', '-shm', '-journal'].map((suffix) => `${file}${suffix}`)

function chmodIfPresent(target: string, mode: number): void {
  try {
    fs.chmodSync(target, mode)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    // Not ours to change (another owner): say so, and let the database itself decide whether it can run.
    fs.writeSync(
      2,
      `[prongsai] ตั้งสิทธิ์ ${target} ให้เจ้าของอ่านได้ผู้เดียวไม่ได้ / could not make ${target} owner-only: ${(error as Error).message}\n`,
    )
  }
}

/**
 * Makes the data folder and the database's files owner-only. The database's own folder is
 * created owner-only when missing; an existing one other than the data folder (a
 * DATABASE_URI elsewhere) keeps its mode, its files do not.
 */
export function protectDatabaseFiles(file: string, dataDir: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: OWNER_ONLY_DIR })
  chmodIfPresent(dataDir, OWNER_ONLY_DIR)
  for (const target of databaseFiles(file)) chmodIfPresent(target, OWNER_ONLY_FILE)
}

/** Wraps the adapter: the files are protected before it opens them and again once it has. */
export function ownerOnlyDatabase<T extends BaseDatabaseAdapter>(
  result: DatabaseAdapterResult<T>,
  { file, dataDir }: { file: string; dataDir: string },
): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      protectDatabaseFiles(file, dataDir)
      const adapter = result.init(args)
      const connect = adapter.connect?.bind(adapter)
      if (connect) {
        adapter.connect = async (options) => {
          await connect(options)
          protectDatabaseFiles(file, dataDir)
        }
      }
      return adapter
    },
  }
}
