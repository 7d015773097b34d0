import type { PayloadRequest } from 'payload'

import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'

import { isPlatformAdminUser } from '@/access/isPlatformAdmin'
import { onlyOrganisation } from './onlyOrganisation'
import { organisationIdsOf } from './organisationIdsOf'
import { organisationOfHost } from './organisationOfHost'
import { hostOfRequest } from './hostOfRequest'

/**
 * The organisation a request is about, for reads made past access control (the status,
 * exports, reminders' recipients, the site's data):
 * - staff: the one the request names (`asked`, `?organisation=`) or else the one chosen in
 *   the admin's selector, if they may see it; else their own when
 *   they have one; else the deployment's only organisation;
 * - visitors: the organisation whose site answers on the request's host; else the only one.
 * Undefined when none can be told (then the caller refuses rather than mixing organisations).
 * The selector's cookie and `asked` are choices among what the user may see, never a grant.
 */
export async function organisationOfRequest(req: PayloadRequest, asked?: string): Promise<number | string | undefined> {
  if (req.user) {
    const own = organisationIdsOf(req.user)
    const numeric = req.payload.db.defaultIDType === 'number'
    // One named by the request itself (opened from the view across organisations) before the selector's.
    const named = asked === undefined || asked === '' ? undefined : numeric ? (/^\d+$/.test(asked) ? Number(asked) : undefined) : asked
    const chosen = named ?? getTenantFromCookie(req.headers, numeric ? 'number' : 'text')
    if (chosen !== null && (isPlatformAdminUser(req.user) || own.some((id) => String(id) === String(chosen)))) {
      return chosen
    }
    if (own.length === 1) return own[0]
    return onlyOrganisation(req)
  }
  return (await organisationOfHost(req.payload, hostOfRequest(req))) ?? onlyOrganisation(req)
}
