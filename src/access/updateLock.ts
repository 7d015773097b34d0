import type { Access } from 'payload'

import { LOCKS_SLUG, lockTargetsOf, mayEditTarget, namesUser, ownLocksWhere } from './lockTargets'

/**
 * Changing a lock: one's own locks, kept in one's own name and on what one may edit. Taking
 * over someone else's lock (the admin's "take over": the lock passes to the caller) is
 * allowed on a document the caller may edit, as it always is to save it anyway.
 */
export const updateLock: Access = async ({ data, id, req }) => {
  if (!req.user) return false
  const takesOver = Boolean(data) && Object.hasOwn(data as object, 'user')
  if (takesOver && !namesUser(data!.user, req.user)) return false
  for (const target of data ? lockTargetsOf(data) : []) if (!(await mayEditTarget(req, target))) return false
  const own = ownLocksWhere(req.user)
  // Several at once, the permissions view, or a change that is not a take-over: own locks only.
  if (id === undefined || id === null || !takesOver) return own
  const lock = (await req.payload.db.findOne({ collection: LOCKS_SLUG, req, where: { id: { equals: id } } })) as Record<
    string,
    unknown
  > | null
  if (!lock || namesUser(lock.user, req.user)) return own
  const held = lockTargetsOf(lock)
  for (const target of held) if (!(await mayEditTarget(req, target))) return false
  return held.length > 0
}
