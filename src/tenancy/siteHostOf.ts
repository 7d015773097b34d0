import type { Payload } from 'payload'

import { onlyOrganisation } from './onlyOrganisation'
import { TENANTS_SLUG } from './slugs'

/**
 * The host of an organisation's own site for the links its status carries: its first domain,
 * where the deployment serves several organisations (each site on its own domains). With one
 * organisation, none: links stay on the configured or requested address, as before.
 */
export async function siteHostOf(payload: Payload, organisation: number | string): Promise<string | undefined> {
  if ((await onlyOrganisation({ payload })) !== undefined) return undefined
  const found = await payload.findByID({
    collection: TENANTS_SLUG,
    id: organisation,
    depth: 0,
    select: { domains: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return found?.domains?.[0]?.host ?? undefined
}
