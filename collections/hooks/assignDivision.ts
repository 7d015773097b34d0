import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { itemDivisionOf } from '@prongsai/oit/utilities'
import type { OitCustomConfig } from '@prongsai/oit/types'
import { editsAllDivisions } from '@/access/editsAllDivisions'
import { divisionsOf, isOwnDivision } from '@/access/roles'
import { bilingual } from '@prongsai/shared/bilingual'
import { divisionOf } from '@/workflow/permissions'

/**
 * Every document has its responsible division. A new one without a division takes its
 * item's (the framework's default, or the division the admin reassigned the item to);
 * an editor or reviewer outside that division gets their own instead, so they keep what
 * they made. They cannot hand a document to a division they do not belong to.
 */
export const assignDivision: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const user = req.user
  const own = divisionsOf(user)
  const limited = Boolean(user) && !editsAllDivisions(user)
  const chosen = divisionOf(data)

  if (operation === 'create' && chosen === undefined) {
    const oit = req.payload.config.custom?.oit as OitCustomConfig | undefined
    const fromItem = oit?.divisions
      ? await itemDivisionOf(req, oit.frameworks, oit.divisions, collection.slug, data)
      : undefined
    if (fromItem !== undefined && (!limited || isOwnDivision(user, fromItem))) data.division = fromItem
    else if (limited && own.length > 0) data.division = own[0]
    return data
  }
  if (!limited) return data
  if (operation === 'update' && 'division' in data && chosen === undefined) {
    // Clearing it would make the document every division's: keep the one it has.
    data.division = divisionOf(originalDoc ?? {}) ?? null
    return data
  }
  if (chosen === undefined) return data
  // On update, the division it already has may stay; a new document (a duplicate too) must be their own.
  if (operation === 'update' && String(chosen) === String(divisionOf(originalDoc ?? {}) ?? '')) return data
  if (!isOwnDivision(user, chosen)) {
    throw new APIError(
      bilingual('เลือกได้เฉพาะส่วนราชการที่ท่านสังกัด', 'You can only assign a document to a division you belong to'),
      403,
    )
  }
  return data
}
