import type { PayloadRequest, Where } from 'payload'

import { divisionsOf, seesAllDivisions } from './roles'

/** What `config.custom.prongsai` carries for access control. */
export interface ProngsaiCustom {
  /** Every signed-in staff member may read every division's unpublished documents. */
  staffReadAllDivisions?: boolean
}

/**
 * The documents of the user's divisions, and those of no division (ทุกส่วนราชการ).
 * `prefix` is `version.` for queries on the versions table. `true` for publishers and admins.
 */
export function ownDivisionsWhere(user: unknown, prefix = ''): true | Where {
  if (seesAllDivisions(user)) return true
  const own = divisionsOf(user)
  const none: Where = { [`${prefix}department`]: { exists: false } }
  return own.length ? { or: [{ [`${prefix}department`]: { in: own } }, none] } : none
}

/** Reading (not editing) may be opened to all staff by a setting. */
export function readScopeWhere(req: PayloadRequest, prefix = ''): true | Where {
  const custom = req.payload.config.custom?.prongsai as ProngsaiCustom | undefined
  if (custom?.staffReadAllDivisions) return true
  return ownDivisionsWhere(req.user, prefix)
}
