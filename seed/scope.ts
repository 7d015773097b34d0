import type { Where } from 'payload'

import { currentOrganisation } from '../src/tenancy/currentOrganisation'
import { ORGANISATION_FIELD } from '../src/tenancy/slugs'

/** `where` kept to the organisation the seed runs for (`inOrganisation`): its records only. */
export function ofThisOrganisation(where: Where = {}): Where {
  const organisation = currentOrganisation()
  if (organisation === undefined) return where
  const scope: Where = { [ORGANISATION_FIELD]: { equals: organisation } }
  return Object.keys(where).length ? { and: [where, scope] } : scope
}
