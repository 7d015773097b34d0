import type { Access } from 'payload'

import { DEFAULT_FIELD_NAME } from '../../plugins/upload-visibility'
import { seesAllDivisions } from './roles'

/**
 * Replacing or deleting a file: publishers and admins any; other staff only files no
 * published document uses yet (a new file of a public document would go public unreviewed,
 * and a deleted one would vanish from the site).
 */
export const changeMedia: Access = ({ req }) => {
  if (!req.user) return false
  if (seesAllDivisions(req.user)) return true
  return { [DEFAULT_FIELD_NAME]: { not_equals: true } }
}
