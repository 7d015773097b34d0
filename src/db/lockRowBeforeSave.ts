/**
 * Before an update or delete of one document, its row is locked in the save's own
 * transaction, where the adapter can (`lockRow`, added on PostgreSQL by withRowLocks.ts,
 * which says why). Anywhere else it does nothing.
 */
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import type { RowLocking } from './withRowLocks'

export const lockRowBeforeSave: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  const db = req.payload.db as Partial<RowLocking>
  if ((operation === 'update' || operation === 'delete') && id !== undefined && db.lockRow) {
    await db.lockRow({ collection: collection.slug, id, req })
  }
  return args
}

/** Adds the hook to a collection, first of its beforeOperation hooks. */
export function lockRowsOf(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [lockRowBeforeSave, ...(collection.hooks?.beforeOperation ?? [])] },
  }
}
