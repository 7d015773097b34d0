import type { Payload } from 'payload'

import { TENANTS_SLUG } from './slugs'

/** Every organisation's id, oldest first (work done for each: the daily reminders). */
export async function allOrganisations(payload: Payload): Promise<(number | string)[]> {
  const { docs } = await payload.find({
    collection: TENANTS_SLUG,
    pagination: false,
    limit: 0,
    depth: 0,
    sort: 'createdAt',
    select: {},
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id)
}
