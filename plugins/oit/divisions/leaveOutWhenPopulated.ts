import type { CollectionConfig } from 'payload'

/**
 * A collection that leaves `field` out when another document populates it (Payload's
 * `defaultPopulate`): a news item read at `depth=1` names its division, and nobody reading
 * it needs the division's reassigned items, which on SQL databases cost a join of their own
 * on every such read. A `defaultPopulate` that lists fields (`{ name: true }`) already leaves
 * it out and is kept as it is; one that leaves fields out gets this one too.
 */
export function leaveOutWhenPopulated(collection: CollectionConfig, field: string): CollectionConfig {
  const own = (collection.defaultPopulate ?? {}) as Record<string, unknown>
  if (listsFields(own)) return collection
  return { ...collection, defaultPopulate: { ...own, [field]: false } as CollectionConfig['defaultPopulate'] }
}

/** Whether a select names the fields to include (any `true` in it), rather than those to leave out. */
const listsFields = (select: Record<string, unknown>): boolean =>
  Object.values(select).some(
    (value) => value === true || (typeof value === 'object' && value !== null && listsFields(value as Record<string, unknown>)),
  )
