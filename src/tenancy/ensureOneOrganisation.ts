import type { Payload } from 'payload'

import { ORGANISATIONS_SLUG } from './slugs'

/** The slug of the organisation a deployment starts with (and an upgraded database gets). */
export const FIRST_ORGANISATION_SLUG = 'main'

/**
 * A deployment always has an organisation: on an empty database the first one is created
 * (named after the profile if there is one), so that a single-organisation deployment needs
 * no configuration. Two instances starting together may both try: the unique slug lets one win.
 */
export async function ensureOneOrganisation(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: ORGANISATIONS_SLUG, overrideAccess: true })
  if (totalDocs > 0) return
  try {
    await payload.create({
      collection: ORGANISATIONS_SLUG,
      data: { name: 'องค์กรของฉัน', slug: FIRST_ORGANISATION_SLUG },
      overrideAccess: true,
    })
  } catch (error) {
    const again = await payload.count({ collection: ORGANISATIONS_SLUG, overrideAccess: true })
    if (again.totalDocs === 0) throw error
  }
}
