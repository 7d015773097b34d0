import type { Access } from 'payload'

import { ownLocksWhere } from './lockTargets'
import { hasRole } from './roles'

/** Releasing a lock: one's own; administrators may clear anyone's (a stuck lock). */
export const deleteLock: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return ownLocksWhere(req.user)
}
