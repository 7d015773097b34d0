import type { Payload } from 'payload'

/**
 * Whether a sweep that enumerates the config (every collection × path × operator, every
 * collection with a file field × role) runs whole on this database. The embedded database
 * runs everything; any other, each shape once, because what a database makes of a query
 * depends on the column's kind and the joins that reach it, not on the collection it sits
 * in, while the decisions under test (query-guard, access) are the same code on every
 * database. PRONGSAI_FULL_SWEEP=1 runs everything on any database.
 */
export const sweepsEverything = (payload: Payload): boolean =>
  payload.db.name === 'sqlite' || process.env.PRONGSAI_FULL_SWEEP === '1'

/** A filter that lets the first case of each shape through (all of them when the sweep runs whole). */
export function oncePerShape<T>(payload: Payload, shapeOf: (item: T) => string): (item: T) => boolean {
  const everything = sweepsEverything(payload)
  const seen = new Set<string>()
  return (item) => {
    if (everything) return true
    const shape = shapeOf(item)
    if (seen.has(shape)) return false
    seen.add(shape)
    return true
  }
}
