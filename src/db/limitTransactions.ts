/**
 * At most `max` transactions open at once, for a database whose connections come from a
 * pool (PostgreSQL). A save holds one pooled connection for its transaction, and some of
 * Payload's reads during a save run outside the transaction, on another connection: with
 * as many saves at once as the pool has connections, every save waits for a read that
 * waits for a connection, for ever (measured on Payload 3.90.2: 9 concurrent saves on a
 * pool of 10 hung). Keeping transactions fewer than the connections leaves some for those
 * reads; a save beyond the limit waits its turn, then runs.
 *
 * A transaction begun inside the operation of one that holds a place (a hook calling the
 * Local API without `req`: its own transaction) does not wait for a place: its parent
 * cannot finish before it does. Scopes: operationScopes.ts.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

import { currentScope, isWithin, type OperationScope, scopeEntryPoints } from './operationScopes'

type TransactionID = number | string

export class TransactionLimit {
  private readonly held = new Map<TransactionID, OperationScope | undefined>()
  private readonly waiting: (() => void)[] = []
  private used = 0

  constructor(readonly max: number) {}

  /** Whether code running in `scope` belongs to an operation that holds a place. */
  private insideHolder(scope: OperationScope | undefined): boolean {
    for (const owner of this.held.values()) if (owner && isWithin(scope, owner)) return true
    return false
  }

  /** Waits for a place (none for an operation nested in a holder). Returns whether one was taken. */
  async enter(scope = currentScope()): Promise<boolean> {
    if (this.insideHolder(scope)) return false
    if (this.used >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.used++
    return true
  }

  /** Gives a place back: to the next in line, or free. */
  leave(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.used--
  }

  hold(id: TransactionID, scope: OperationScope | undefined): void {
    this.held.set(id, scope)
  }

  /** Ends transaction `id`'s hold, once; returns whether it held a place. */
  release(id: TransactionID): boolean {
    if (!this.held.has(id)) return false
    this.held.delete(id)
    this.leave()
    return true
  }

  get open(): number {
    return this.used
  }
}

/** Wraps the adapter: at most `max` of its transactions are open at once. */
export function limitTransactions<T extends BaseDatabaseAdapter>(
  result: DatabaseAdapterResult<T>,
  max: number,
): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      scopeEntryPoints(args.payload)
      const limit = new TransactionLimit(max)
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      adapter.beginTransaction = async (options) => {
        const scope = currentScope()
        const placed = await limit.enter(scope)
        try {
          const id = await begin(options)
          if (id !== null && placed) limit.hold(id, scope)
          else if (placed) limit.leave()
          return id
        } catch (error) {
          if (placed) limit.leave()
          throw error
        }
      }
      adapter.commitTransaction = async (id) => {
        try {
          await commit(id)
        } finally {
          limit.release(await id)
        }
      }
      adapter.rollbackTransaction = async (id) => {
        try {
          await rollback(id)
        } finally {
          limit.release(await id)
        }
      }
      return adapter
    },
  }
}
