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
 * - staff: the one chosen in the admin's selector, if they may see it; else their own when
 *   they have one; else the deployment's only organisation;
 * - visitors: the organisation whose site answers on the request's host; else the only one.
 * Undefined when none can be told (then the caller refuses rather than mixing organisations).
 * The selector's cookie is a choice among what the user may see, never a grant.
 */
export async function organisationOfRequest(req: PayloadRequest): Promise<number | string | undefined> {
  if (req.user) {
    const own = organisationIdsOf(req.user)
    const chosen = getTenantFromCookie(req.headers, req.payload.db.defaultIDType === 'number' ? 'number' : 'text')
    if (chosen !== null && (isPlatformAdminUser(req.user) || own.some((id) => String(id) === String(chosen)))) {
      return chosen
    }
    if (own.length === 1) return own[0]
    return onlyOrganisation(req)
  }
  return (await organisationOfHost(req.payload, hostOfRequest(req))) ?? onlyOrganisation(req)
}
