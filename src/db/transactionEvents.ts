/**
 * Lets work outside the database follow a transaction: `onTransactionEnd(req, …)` runs
 * its `commit` callbacks after the request's transaction commits and its `rollback`
 * callbacks (last registered first) after it rolls back, or after a commit that fails.
 * Uploaded files use it, so that a save or delete that fails part-way leaves the files on
 * disk as they were, like the rows. Adapter-neutral: it wraps the commit and rollback
 * every Payload adapter has.
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

      const run = async (id: TransactionID, callbacks: Callback[], kind: string) => {
        for (const callback of callbacks) {
          try {
            await callback()
          } catch (error) {
            args.payload.logger.error({ err: error, msg: `[prongsai] after ${kind} of transaction ${id}` })
          }
        }
      }

      adapter.commitTransaction = async (incoming) => {
        const id = await incoming
        const handlers = registry.get(id)
        try {
          await commit(id)
        } catch (error) {
          registry.delete(id)
          await run(id, [...(handlers?.rollback ?? [])].reverse(), 'failed commit')
          throw error
        }
        registry.delete(id)
        await run(id, handlers?.commit ?? [], 'commit')
      }
      adapter.rollbackTransaction = async (incoming) => {
        const id = await incoming
        const handlers = registry.get(id)
        registry.delete(id)
        await rollback(id)
        await run(id, [...(handlers?.rollback ?? [])].reverse(), 'rollback')
      }
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
