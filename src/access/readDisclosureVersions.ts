import type { Access } from 'payload'

import { readScopeWhere } from './divisionScope'

/**
 * Versions (drafts and history) are for staff only, within their read scope: the versions
 * table keeps the document's fields under `version.`.
 */
export const readDisclosureVersions: Access = ({ req }) => {
  if (!req.user) return false
  return readScopeWhere(req, 'version.')
}
