/**
 * One write transaction at a time for the embedded database.
 *
 * SQLite allows a single writer. libsql opens every transaction on its own connection and
 * ignores `busy_timeout`, so a second transaction begun while one is open fails at once
 * with SQLITE_BUSY ("database is locked"), and a wait inside the driver would block
 * Node's only thread anyway. Payload begins a transaction for every create, update,
 * delete, publish and restore; this queues them in-process instead, so concurrent saves
 * wait their turn rather than fail. Reads never begin a transaction and are not queued.
 *
 * Only `payload.config.ts` uses this (it is SQLite-specific; MongoDB has real sessions).
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

import { APIError } from 'payload'

export interface SerializeTransactionsOptions {
  /**
   * How long a save may wait for the one before it before it is refused with 503.
   * @default 30000
   */
  waitMs?: number
}

type TransactionID = number | string

export function serializeTransactions<T extends BaseDatabaseAdapter>(
  result: DatabaseAdapterResult<T>,
  { waitMs = 30_000 }: SerializeTransactionsOptions = {},
): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      const begin = adapter.beginTransaction?.bind(adapter)
      if (!begin) return adapter
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const lock = new Mutex()
      const releases = new Map<TransactionID, () => void>()

      const settle = async (id: Promise<TransactionID> | TransactionID, end: typeof commit) => {
        const resolved = await id
        try {
          await end(resolved)
        } finally {
          const release = releases.get(resolved)
          releases.delete(resolved)
          release?.()
        }
      }

      adapter.beginTransaction = async (options) => {
        const release = await lock.acquire(waitMs)
        try {
          const id = await begin(options)
          if (id === null || id === undefined) {
            release()
            return id
          }
          releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      adapter.commitTransaction = (id) => settle(id, commit)
      adapter.rollbackTransaction = (id) => settle(id, rollback)
      return adapter
    },
  }
}

/** A FIFO async lock: `acquire` resolves with the function that releases it. */
class Mutex {
  private tail: Promise<void> = Promise.resolve()

  async acquire(waitMs: number): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => held)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), waitMs)
      timer.unref?.()
    })
    const outcome = await Promise.race([previous.then(() => 'ready' as const), timedOut])
    clearTimeout(timer)
    if (outcome === 'timeout') {
      // Give our turn away as soon as it comes, so the queue behind us is not stuck.
      void previous.then(release)
      throw new APIError(
        'ระบบกำลังบันทึกข้อมูลอื่นอยู่ โปรดลองอีกครั้ง / The database is busy with another save; please try again',
        503,
      )
    }
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }
}
