import type { PayloadRequest, Where } from 'payload'

import { editsAllDivisions } from './editsAllDivisions'
import { readsAllDivisions } from './readsAllDivisions'
import { divisionsOf } from './roles'

export type { ProngsaiCustom } from './readsAllDivisions'

/**
 * The documents of the user's divisions, and those of no division (ทุกส่วนราชการ).
 * `prefix` is `version.` for queries on the versions table. Nobody is exempt here: who
 * reaches beyond their divisions is decided by {@link editScopeWhere} and {@link readScopeWhere}.
 */
export function ownDivisionsWhere(user: unknown, prefix = ''): Where {
  const own = divisionsOf(user)
  const none: Where = { [`${prefix}division`]: { exists: false } }
  return own.length ? { or: [{ [`${prefix}division`]: { in: own } }, none] } : none
}

/** The documents the user may edit: every division's for `editsAllDivisions`, else their own. */
export function editScopeWhere(user: unknown, prefix = ''): true | Where {
  return editsAllDivisions(user) ? true : ownDivisionsWhere(user, prefix)
}

/** The unpublished documents the user may read: every division's for `readsAllDivisions`, else their own. */
export function readScopeWhere(req: PayloadRequest, prefix = ''): true | Where {
  return readsAllDivisions(req) ? true : ownDivisionsWhere(req.user, prefix)
}
