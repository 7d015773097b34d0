import type { PayloadRequest } from 'payload'

import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'

import { currentOrganisation } from './currentOrganisation'
import { onlyOrganisation } from './onlyOrganisation'
import { organisationIdsOf } from './organisationIdsOf'
import { TENANTS_SLUG } from './slugs'

/**
 * The organisation a new document gets when none is sent, in this order:
 * 0. the one a script runs for (`inOrganisation`: seeds, `npm run org:create`);
 * 1. the one chosen in the admin's selector (cookie), if the user may see it;
 * 2. the user's own organisation, when they belong to exactly one (an office's staff);
 * 3. the deployment's only organisation (a single-organisation deployment, jobs, scripts).
 * Otherwise none: the field's validation then asks for one.
 */
export async function defaultOrganisation({ req }: { req: PayloadRequest }): Promise<number | string | null> {
  const running = currentOrganisation()
  if (running !== undefined && !req.user) return running
  const idType = req.payload.collections[TENANTS_SLUG]?.customIDType ?? req.payload.db.defaultIDType
  const fromCookie = getTenantFromCookie(req.headers, idType as 'number' | 'text')
  if (fromCookie && req.user) {
    const { totalDocs } = await req.payload.count({
      collection: TENANTS_SLUG,
      overrideAccess: false,
      user: req.user,
      req,
      where: { id: { equals: fromCookie } },
    })
    if (totalDocs > 0) return fromCookie
  }
  const own = organisationIdsOf(req.user)
  if (own.length === 1) return own[0]!
  return (await onlyOrganisation(req)) ?? null
}
