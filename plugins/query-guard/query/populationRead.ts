/**
 * Payload's own read that populates relationships: its dataloader's batch, one find per
 * collection with `where: { id: { in: ids } }` of the ids the database holds, below the
 * top depth (`currentDepth` ≥ 1), unpaginated and with errors turned off. Nothing in it
 * came from the client: the client's `depth` and `where` were those of the read at the
 * top, checked there.
 */
export function isPopulationRead(operation: string, args: Record<string, unknown>): boolean {
  const { currentDepth, disableErrors, pagination, where } = args
  if (operation !== 'read' || typeof currentDepth !== 'number' || currentDepth < 1) return false
  if (disableErrors !== true || pagination !== false) return false
  if (!where || typeof where !== 'object' || Object.keys(where).length !== 1) return false
  const id = (where as { id?: unknown }).id
  return Boolean(id && typeof id === 'object' && Object.keys(id).length === 1 && Array.isArray((id as { in?: unknown }).in))
}
