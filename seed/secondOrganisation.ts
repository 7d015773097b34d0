import type { Payload } from 'payload'

import {
  DEMO_MUNICIPALITY,
  DEMO_OVERSEER,
  MUNICIPALITY_DIVISIONS,
  MUNICIPALITY_DRAFT,
  MUNICIPALITY_PROFILE,
  MUNICIPALITY_STAFF,
} from './data/municipality'
import { createUnlessExists } from './index'
import { ofThisOrganisation } from './scope'
import { inOrganisation } from '../src/tenancy/currentOrganisation'
import { TENANTS_SLUG } from '../src/tenancy/slugs'

/**
 * The demo's second organisation (a เทศบาลตำบล), created once: the organisation with its
 * site's host, its divisions, a draft profile, two staff and a draft news item; and an
 * overseer of both organisations.
 */
export async function seedSecondOrganisation(payload: Payload, password: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  const { docs } = await payload.find({
    collection: TENANTS_SLUG,
    where: { slug: { equals: DEMO_MUNICIPALITY.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const organisation =
    docs[0] ??
    (await payload.create({
      collection: TENANTS_SLUG,
      data: { ...DEMO_MUNICIPALITY, domains: [...DEMO_MUNICIPALITY.domains] },
      overrideAccess: true,
    }))
  if (!docs[0]) counts.tenants = 1
  const add = (key: string) => (counts[key] = (counts[key] ?? 0) + 1)
  await inOrganisation(organisation.id, async () => {
    for (const [index, division] of MUNICIPALITY_DIVISIONS.entries()) {
      if (await createUnlessExists(payload, 'divisions', 'code', division.code, { ...division, order: index + 1 })) add('divisions')
    }
    if (await createUnlessExists(payload, 'organisations', 'nameTh', MUNICIPALITY_PROFILE.nameTh, { ...MUNICIPALITY_PROFILE, _status: 'draft' }))
      add('organisations')
    const { docs: divisions } = await payload.find({
      collection: 'divisions',
      where: ofThisOrganisation(),
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    for (const staff of MUNICIPALITY_STAFF) {
      const ids = staff.divisions.map((code) => divisions.find((d) => d.code === code)!.id)
      const data = { ...staff, roles: [...staff.roles], divisions: ids, password, tenants: [{ tenant: organisation.id }] }
      if (await createUnlessExists(payload, 'users', 'email', staff.email, data)) add('users')
    }
    const draft = await payload.count({
      collection: MUNICIPALITY_DRAFT.collection,
      where: ofThisOrganisation({ title: { equals: MUNICIPALITY_DRAFT.title } }),
      overrideAccess: true,
    })
    if (draft.totalDocs === 0) {
      await payload.create({
        collection: MUNICIPALITY_DRAFT.collection,
        data: { title: MUNICIPALITY_DRAFT.title, date: new Date().toISOString(), _status: 'draft' } as never,
        draft: true,
        overrideAccess: true,
      })
      add('news')
    }
  })
  // The overseer reads both: the first organisation (the oldest) and this one.
  const { docs: oldest } = await payload.find({ collection: TENANTS_SLUG, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
  const overseer = {
    ...DEMO_OVERSEER,
    roles: [...DEMO_OVERSEER.roles],
    password,
    tenants: [{ tenant: oldest[0]!.id }, { tenant: organisation.id }],
  }
  if (await createUnlessExists(payload, 'users', 'email', DEMO_OVERSEER.email, overseer)) add('users')
  return counts
}
