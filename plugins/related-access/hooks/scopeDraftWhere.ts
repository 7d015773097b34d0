import type { CollectionBeforeOperationHook, Where } from 'payload'

import { validateQueryPaths } from 'payload'

/**
 * A `where` through a relationship or join tests only related documents the caller may
 * read, on a `draft=true` query too.
 *
 * Payload adds the related collection's read access (as a where) to a query that goes
 * through a relationship while it validates the query's paths: `validateQueryPaths` writes
 * the constraint into the `where` object it is given. A plain find passes the very object
 * it then runs; a find with `draft: true` (Payload 3.90.2, `collections/operations/find.js`)
 * passes a throwaway copy (`appendVersionToQueryKey(where)`) and runs another copy made
 * before, so the constraint never reaches the database and the query tests related
 * documents the caller may not read (a count that answers yes or no about a draft's name).
 *
 * Here the same validation runs first, on a copy of the caller's `where` that the
 * operation then uses: Payload's later copies carry the constraint (`version.`-prefixed),
 * and Payload's own rule decides, so staff keep every draft they may read.
 */
export const scopeDraftWhere: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { draft, overrideAccess, where } = args as { draft?: boolean; overrideAccess?: boolean; where?: Where }
  if (operation !== 'read' || !draft || overrideAccess || !where || typeof where !== 'object') return args
  const scoped = structuredClone(where)
  await validateQueryPaths({ collectionConfig: collection, overrideAccess: false, req, where: scoped })
  return { ...args, where: scoped }
}
