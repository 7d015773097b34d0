import type { Access } from 'payload'

import { readScopeWhere } from './divisionScope'

/** Staff read the history of what they may read: publishers and admins all, others their divisions'. */
export const readAuditLog: Access = ({ req }) => {
  if (!req.user) return false
  return readScopeWhere(req)
}
