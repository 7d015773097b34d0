import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A visitor's read is always of the published documents, even with `?draft=true`. Access
 * control already returns only published documents then, but Payload 3.90.2 applies the
 * access rules of a *related* collection to a throwaway copy of a `draft=true` query, so a
 * `where` through a relationship could test a draft's fields (a yes/no oracle on, say, an
 * unpublished executive's name). Visitors have no drafts to see: drop the flag (not for
 * the system's own Local API reads, which override access). Staff keep their drafts: for
 * them (and for visitors too) plugins/related-access puts the related collection's rules
 * into the query that runs.
 */
export const visitorsReadPublished: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { draft, overrideAccess } = args as { draft?: boolean; overrideAccess?: boolean }
  // The system's own reads (Local API with access overridden) keep their drafts.
  if (!req.user && !overrideAccess && (operation === 'read' || operation === 'count') && draft) {
    return { ...args, draft: false }
  }
  return args
}
