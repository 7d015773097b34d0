import type { Access } from 'payload'

import { editScopeWhere } from './divisionScope'

/**
 * Staff edit the documents of their divisions (publishers and admins every division:
 * `editsAllDivisions`). What a save may do beyond editing (publish, unpublish, restore)
 * the workflow decides.
 */
export const updateDisclosure: Access = ({ req }) => {
  if (!req.user) return false
  return editScopeWhere(req.user)
}
