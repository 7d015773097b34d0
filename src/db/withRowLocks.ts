/**
 * Saves of one document, one after another, on PostgreSQL. Payload's update reads the
 * document, then writes every field back, under READ COMMITTED and without a lock: two
 * saves of one document at once both read the same state and the later write silently
 * undoes the earlier one's change (measured: 20 of 20 rounds lost an update, and 11 left
 * two versions marked latest). A save therefore locks the document's row first, in its own
 * transaction and before Payload reads it (`SELECT … FOR UPDATE`, in a beforeOperation hook
 * on every collection): a second save of the same document waits for the first to commit,
 * then reads what it wrote, and its own fields go on top. Saves of different documents
 * still run side by side. Payload's document lock (`payload-locked-documents`) keeps two
 * editors in the admin off one document in the first place.
 *
 * The adapter side (`withRowLocks`) is for PostgreSQL only (payload.config.ts); the hook
 * (`lockRowBeforeSave.ts`) asks the adapter, so it does nothing where there is no `lockRow`
 * (SQLite takes every write one at a time anyway).
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

export interface RowLocking {
  /** Locks the row of document `id` of `collection` until the request's transaction ends. */
  lockRow: (args: { collection: string; id: number | string; req: PayloadRequest }) => Promise<void>
}

type DrizzleLike = BaseDatabaseAdapter & {
  tableNameMap: Map<string, string>
  sessions: Record<number | string, { db: { execute: (query: unknown) => Promise<unknown> } } | undefined>
}

/** Payload's table name for a slug (`procurement-monthly` → `procurement_monthly`). */
const snakeCase = (slug: string) =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase()

export function withRowLocks<T extends BaseDatabaseAdapter>(result: DatabaseAdapterResult<T>): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args) as T & RowLocking
      adapter.lockRow = async ({ collection, id, req }) => {
        const db = adapter as unknown as DrizzleLike
        const transactionID = await req.transactionID
        const session = transactionID === undefined ? undefined : db.sessions[transactionID]
        const table = db.tableNameMap.get(snakeCase(collection))
        if (!session || !table) return
        await session.db.execute(sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
      }
      return adapter
    },
  }
}
