import type { Access, Where } from 'payload'

import { ownDivisionsWhere } from './divisionScope'
import { hasRole, seesAllDivisions } from './roles'

/**
 * Moving to the trash (an update that sets `deletedAt`; Payload passes that data here):
 * publishers and admins any document, editors and reviewers only unpublished documents of
 * their divisions. Deleting for good (emptying the trash): administrators only.
 */
export const deleteDisclosure: Access = ({ data, req }) => {
  if (!req.user) return false
  const trashing = Boolean((data as { deletedAt?: unknown } | undefined)?.deletedAt)
  if (!trashing) return hasRole(req.user, 'admin')
  if (seesAllDivisions(req.user)) return true
  const own = ownDivisionsWhere(req.user)
  const unpublished: Where = { _status: { not_equals: 'published' } }
  return own === true ? unpublished : { and: [own, unpublished] }
}
