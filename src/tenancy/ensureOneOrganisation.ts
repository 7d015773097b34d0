import type { Payload } from 'payload'

import { hostOf } from './hostOf'
import { TENANTS_SLUG } from './slugs'

/** The slug of the organisation a deployment starts with (and an upgraded database gets). */
export const FIRST_ORGANISATION_SLUG = 'main'

/**
 * A deployment always has an organisation: on an empty database the first one is created
 * (named after the profile if there is one), so that a single-organisation deployment needs
 * no configuration. Two instances starting together may both try: the unique slug lets one win.
 */
export async function ensureOneOrganisation(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: TENANTS_SLUG, overrideAccess: true })
  if (totalDocs > 0) return
  try {
    await payload.create({
      collection: TENANTS_SLUG,
      data: {
        name: 'องค์กรของฉัน',
        slug: FIRST_ORGANISATION_SLUG,
        // Its site keeps answering on its configured address once a second organisation exists.
        domains: hostOf(payload.config.serverURL) ? [{ host: hostOf(payload.config.serverURL) }] : [],
      },
      overrideAccess: true,
    })
  } catch (error) {
    const again = await payload.count({ collection: TENANTS_SLUG, overrideAccess: true })
    if (again.totalDocs === 0) throw error
  }
}
