import type { Access, Where } from 'payload'

import { editScopeWhere } from './divisionScope'
import { mayTrashPublished } from './mayTrashPublished'
import { hasRole } from './roles'

/**
 * Moving to the trash (an update that sets `deletedAt`; Payload passes that data here):
 * the documents one may edit (`editsAllDivisions`: publishers and admins any division),
 * published ones only for `mayTrashPublished`. Deleting for good (emptying the trash):
 * administrators only.
 */
export const deleteDisclosure: Access = ({ data, req }) => {
  if (!req.user) return false
  const trashing = Boolean((data as { deletedAt?: unknown } | undefined)?.deletedAt)
  if (!trashing) return hasRole(req.user, 'admin')
  const scope = editScopeWhere(req.user)
  if (mayTrashPublished(req.user)) return scope
  const unpublished: Where = { _status: { not_equals: 'published' } }
  return scope === true ? unpublished : { and: [scope, unpublished] }
}
