/**
 * Lets work outside the database follow a transaction: `onTransactionEnd(req, …)` runs
 * its `commit` callbacks after the request's transaction commits and its `rollback`
 * callbacks after it rolls back. Uploaded files use it, so that a save or delete that
 * fails part-way leaves the files on disk as they were, like the rows.
 * Adapter-neutral: it wraps the commit and rollback every Payload adapter has.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult, PayloadRequest } from 'payload'

type Callback = () => Promise<void> | void
type TransactionID = number | string

interface Handlers {
  commit: Callback[]
  rollback: Callback[]
}

const REGISTRY = Symbol.for('prongsai.transactionEvents')

type WithRegistry = BaseDatabaseAdapter & { [REGISTRY]?: Map<TransactionID, Handlers> }

export function withTransactionEvents<T extends BaseDatabaseAdapter>(
  result: DatabaseAdapterResult<T>,
): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args) as T & WithRegistry
      const registry = new Map<TransactionID, Handlers>()
      adapter[REGISTRY] = registry
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const end =
        (kind: keyof Handlers, inner: typeof commit): typeof commit =>
        async (incoming) => {
          const id = await incoming
          const handlers = registry.get(id)
          registry.delete(id)
          await inner(id)
          for (const callback of handlers?.[kind] ?? []) {
            try {
              await callback()
            } catch (error) {
              args.payload.logger.error({ err: error, msg: `after ${kind} of transaction ${id}` })
            }
          }
        }
      adapter.commitTransaction = end('commit', commit)
      adapter.rollbackTransaction = end('rollback', rollback)
      return adapter
    },
  }
}

/**
 * Registers callbacks for the end of the request's transaction. Returns false (and
 * registers nothing) when the request has no transaction, e.g. MongoDB without a replica set.
 */
export async function onTransactionEnd(req: PayloadRequest, handlers: Partial<Handlers>): Promise<boolean> {
  const registry = (req.payload.db as unknown as WithRegistry)[REGISTRY]
  const id = await req.transactionID
  if (!registry || id === undefined || id === null) return false
  const entry = registry.get(id) ?? { commit: [], rollback: [] }
  entry.commit.push(...(handlers.commit ?? []))
  entry.rollback.push(...(handlers.rollback ?? []))
  registry.set(id, entry)
  return true
}
