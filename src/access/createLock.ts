import type { Access } from 'payload'

import { lockTargetsOf, mayEditTarget, namesUser } from './lockTargets'

/**
 * Locking a document (Payload's `payload-locked-documents`): only in one's own name, and
 * only what one may edit. A lock in someone else's name made that person's saves, and a
 * publisher's, fail with 423; a lock on another division's document did the same to them.
 */
export const createLock: Access = async ({ data, req }) => {
  if (!req.user || !data) return false
  if (!namesUser(data.user, req.user)) return false
  const targets = lockTargetsOf(data)
  if (!targets.length) return false
  for (const target of targets) if (!(await mayEditTarget(req, target))) return false
  return true
}
