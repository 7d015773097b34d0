import type { Access } from 'payload'

import { ownDivisionsWhere } from './divisionScope'

/**
 * Staff edit the documents of their divisions (publishers and admins every division).
 * What a save may do beyond editing (publish, unpublish, restore) the workflow decides.
 */
export const updateDisclosure: Access = ({ req }) => {
  if (!req.user) return false
  return ownDivisionsWhere(req.user)
}
