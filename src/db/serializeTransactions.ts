/**
 * One writer at a time for the embedded database.
 *
 * SQLite allows a single writer. libsql opens every transaction on its own connection
 * (BEGIN IMMEDIATE: the write lock is held from the start) and ignores `busy_timeout`, so
 * a second transaction, or a write made outside any transaction (document locks,
 * preferences, failed-login counts, queued jobs), fails at once with SQLITE_BUSY while
 * one is open; a wait inside the driver would block Node's only thread anyway. So every
 * transaction, and every write outside one, takes an in-process FIFO lock: concurrent
 * saves wait their turn. Reads are never queued.
 *
 * A transaction that never ends (a code path that begins one and forgets it after an
 * error) would block every save: after `holdMs` it is rolled back and the lock released;
 * its late commit then fails with 503 instead of pretending to have saved.
 *
 * A write that belongs to the operation holding the lock must not wait for it (it would
 * wait for itself, 30 s, then 503). Payload makes such writes on purpose (the
 * forgot-password reservation runs outside the request's transaction), and so does a hook
 * that calls the Local API without `req`. Each entry point runs in its own scope
 * (`operationScopes.ts`); while a transaction holds the lock, a write or a new transaction
 * from a scope opened inside the holder's joins the holder's transaction: its commit
 * counts down, and its rollback makes the holder's commit a rollback (nothing half-saved).
 * A write from any other scope, a sibling included, waits its turn as before.
 *
 * Only `payload.config.ts` uses this (it is SQLite-specific; MongoDB has real sessions).
 */
import type {
  BaseDatabaseAdapter,
  BeginTransaction,
  CommitTransaction,
  DatabaseAdapterObj as DatabaseAdapterResult,
  Payload,
  PayloadRequest,
  RollbackTransaction,
} from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'
import { APIError, isolateObjectProperty } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import { currentScope, isWithin, type OperationScope, scopeEntryPoints } from './operationScopes'

export interface SerializeTransactionsOptions {
  /**
   * How long a save may wait for the one before it before it is refused with 503.
   * @default 30000
   */
  waitMs?: number
  /**
   * How long one transaction may hold the lock before it is rolled back.
   * @default 120000
   */
  holdMs?: number
}

type TransactionID = number | string

/** The adapter's write methods: called without a transaction, they take the lock themselves. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** A transaction holding the lock, and the operations that joined it. */
interface Holding {
  release: () => void
  timer: NodeJS.Timeout
  /** The scope that began it: writes from scopes inside it join it. */
  owner: OperationScope | undefined
  /** Joined transactions not yet committed or rolled back: the real commit waits for the last. */
  joined: number
  /** A joined operation rolled back: the holder's commit rolls everything back. */
  doomed: boolean
  /** Its real commit or rollback has begun: nothing may join any more. */
  closing: boolean
}

const partFailed = () =>
  new APIError(
    bilingual(
      'ส่วนหนึ่งของการบันทึกล้มเหลว จึงยกเลิกทั้งหมด ไม่มีข้อมูลถูกบันทึก',
      'Part of the save failed, so all of it was cancelled; nothing was saved',
    ),
    500,
  )

const busy = () =>
  new APIError(
    bilingual('ระบบกำลังบันทึกข้อมูลอื่นอยู่ โปรดลองอีกครั้ง', 'The database is busy with another save; please try again'),
    503,
  )

const tookTooLong = () =>
  new APIError(
    bilingual(
      'การบันทึกใช้เวลานานเกินไปและถูกยกเลิก ไม่มีข้อมูลถูกบันทึก',
      'The save took too long and was cancelled; nothing was saved',
    ),
    503,
  )

export function serializeTransactions<T extends BaseDatabaseAdapter>(
  result: DatabaseAdapterResult<T>,
  { waitMs = 30_000, holdMs = 120_000 }: SerializeTransactionsOptions = {},
): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      const begin = adapter.beginTransaction?.bind(adapter)
      if (!begin) return adapter
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      scopeEntryPoints(args.payload)
      const writer = new OneWriter({ begin, commit, rollback }, args.payload, waitMs, holdMs)
      adapter.beginTransaction = (options) => writer.begin(options)
      adapter.commitTransaction = (incoming) => writer.commit(incoming)
      adapter.rollbackTransaction = (incoming) => writer.rollback(incoming)
      writer.lockWrites(adapter)
      return adapter
    },
  }
}

/** The adapter's own transaction methods, bound to it. */
interface Transactions {
  begin: BeginTransaction
  commit: CommitTransaction
  rollback: RollbackTransaction
}

type WriteMethod = (args: { req?: Partial<PayloadRequest> }) => Promise<unknown>

/** The lock and the transaction holding it, for one adapter: what its methods become. */
class OneWriter {
  private readonly lock = new Mutex()
  /** The transaction holding the lock: one at a time, so at most one entry. */
  private readonly held = new Map<TransactionID, Holding>()
  /** Rolled back for holding the lock too long: their late commit fails with 503. */
  private readonly expired = new Set<TransactionID>()
  /** A write method that calls another (upsert → updateOne) already holds the lock. */
  private readonly writing = new AsyncLocalStorage<true>()

  constructor(
    private readonly db: Transactions,
    private readonly payload: Payload,
    private readonly waitMs: number,
    private readonly holdMs: number,
  ) {}

  /** The holding transaction, if the calling code runs inside the scope that began it. */
  private joinable(): TransactionID | undefined {
    for (const [id, holding] of this.held) {
      return !holding.closing && isWithin(currentScope(), holding.owner) ? id : undefined
    }
    return undefined
  }

  /** Forgets transaction `id` and releases the lock it held. */
  private letGo(id: TransactionID) {
    const entry = this.held.get(id)
    this.held.delete(id)
    if (entry) {
      clearTimeout(entry.timer)
      entry.release()
    }
  }

  /** Rolls `id` back after `holdMs`, so a forgotten transaction cannot block every save. */
  private expireLater(id: TransactionID): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.payload.logger.error(
        `[prongsai] transaction ${id} held the database for more than ${this.holdMs / 1000} s: rolled back`,
      )
      this.expired.add(id)
      void this.db.rollback(id).finally(() => this.letGo(id))
    }, this.holdMs)
    timer.unref?.()
    return timer
  }

  /** Ends `id` for real (commit or rollback) and releases the lock, whatever happens. */
  private async close(id: TransactionID, end: (id: TransactionID) => Promise<void>) {
    try {
      await end(id)
    } finally {
      this.letGo(id)
    }
  }

  async begin(options?: Record<string, unknown>): Promise<null | TransactionID> {
    const own = this.joinable()
    if (own !== undefined) {
      this.held.get(own)!.joined++
      return own
    }
    const release = await this.lock.acquire(this.waitMs, busy)
    try {
      const id = await this.db.begin(options)
      if (id === null || id === undefined) {
        release()
        return id
      }
      const timer = this.expireLater(id)
      this.held.set(id, { release, timer, owner: currentScope(), joined: 0, doomed: false, closing: false })
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  async commit(incoming: Promise<TransactionID> | TransactionID): Promise<void> {
    const id = await incoming
    const holding = this.held.get(id)
    if (holding && holding.joined > 0) {
      holding.joined--
      return
    }
    if (holding?.doomed) {
      holding.closing = true
      await this.close(id, this.db.rollback)
      throw partFailed()
    }
    if (holding) holding.closing = true
    if (this.expired.delete(id)) throw tookTooLong()
    await this.close(id, this.db.commit)
  }

  async rollback(incoming: Promise<TransactionID> | TransactionID): Promise<void> {
    const id = await incoming
    if (this.expired.delete(id)) return
    const holding = this.held.get(id)
    if (holding && holding.joined > 0) {
      holding.joined--
      holding.doomed = true
      return
    }
    if (holding) holding.closing = true
    await this.close(id, this.db.rollback)
  }

  /** Every write method of the adapter, called outside a transaction, takes the lock (or joins the holder). */
  lockWrites(adapter: BaseDatabaseAdapter) {
    const writes = adapter as unknown as Record<string, WriteMethod>
    for (const name of WRITES) {
      const write = writes[name]?.bind(adapter)
      if (write) writes[name] = (writeArgs) => this.write(write, writeArgs)
    }
  }

  private async write(write: WriteMethod, writeArgs: Parameters<WriteMethod>[0]) {
    const id = await writeArgs?.req?.transactionID
    if ((id !== undefined && id !== null && this.held.has(id)) || this.writing.getStore()) return write(writeArgs)
    const own = this.joinable()
    if (own !== undefined) return write({ ...writeArgs, req: inTransaction(writeArgs?.req, own) })
    const release = await this.lock.acquire(this.waitMs, busy)
    try {
      return await this.writing.run(true, () => write(writeArgs))
    } finally {
      release()
    }
  }
}

/** The request as the adapter should see it: in transaction `id`, the caller's `req` untouched. */
function inTransaction(req: Partial<PayloadRequest> | undefined, id: TransactionID): Partial<PayloadRequest> {
  if (!req) return { transactionID: id }
  const joined = isolateObjectProperty(req as PayloadRequest, 'transactionID')
  joined.transactionID = id
  return joined
}

/** A FIFO async lock: `acquire` resolves with the function that releases it. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve()

  async acquire(waitMs: number, onTimeout: () => Error): Promise<() => void> {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => turn)
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
      throw onTimeout()
    }
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }
}
