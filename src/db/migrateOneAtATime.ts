/**
 * Start-up migrations one process at a time, on PostgreSQL. Payload runs the committed
 * migrations when a production process connects; two processes started together on a
 * fresh database (`npm start` on two cores, two instances after a deploy) both found them
 * pending and both ran them, and the second failed on `CREATE TYPE … already exists` and
 * stopped (seen with `WEB_CONCURRENCY=2 npm start`). Here `migrate` first takes a
 * PostgreSQL advisory lock on a connection of its own: the second process waits for the
 * first to finish, then finds nothing pending. The lock ends with the connection, so a
 * process that dies mid-migration frees it.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

/** The advisory lock's key: any fixed number no other code of this database uses. */
export const MIGRATION_LOCK_KEY = 78_502_566

interface PoolLike {
  connect: () => Promise<{ query: (text: string, values?: unknown[]) => Promise<unknown>; release: (error?: Error) => void }>
}

export function migrateOneAtATime<T extends BaseDatabaseAdapter>(result: DatabaseAdapterResult<T>): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      const migrate = adapter.migrate.bind(adapter)
      adapter.migrate = async (migrateArgs) => {
        const client = await (adapter as unknown as { pool: PoolLike }).pool.connect()
        let broken: Error | undefined
        try {
          await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
          return await migrate(migrateArgs)
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch((error: Error) => (broken = error))
          // A connection that failed is closed, not handed back to the pool.
          client.release(broken)
        }
      }
      return adapter
    },
  }
}
