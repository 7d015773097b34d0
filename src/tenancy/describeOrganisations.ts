import type { PayloadRequest } from 'payload'

import type { Label } from '@prongsai/shared/bilingual'
import type { OrganisationCard } from '@prongsai/oit/types'

import { ORGANISATION_TYPES } from '../../collections/Organisations'
import { TENANTS_SLUG } from './slugs'

/** What the view across organisations filters by: the province, and the kind of local government. */
export const ORGANISATION_FACETS: { key: string; label: Label }[] = [
  { key: 'province', label: { th: 'จังหวัด', en: 'Province' } },
  { key: 'kind', label: { th: 'ประเภท', en: 'Kind' } },
]

const KIND_LABELS = new Map(ORGANISATION_TYPES.map((type) => [type.value, type.label as Label]))

/**
 * The registry's name, province and kind of organisations the reader was already allowed to
 * read (their ids come from an access-checked read), for the view across organisations.
 */
export async function describeOrganisations(req: PayloadRequest, ids: (number | string)[]): Promise<OrganisationCard[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: TENANTS_SLUG,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { name: true, province: true, kind: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    facets: {
      ...(doc.province ? { province: { value: doc.province, label: doc.province } } : {}),
      ...(doc.kind ? { kind: { value: doc.kind, label: KIND_LABELS.get(doc.kind) ?? doc.kind } } : {}),
    },
  }))
}
