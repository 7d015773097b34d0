import type { CollectionBeforeValidateHook } from 'payload'

import { isPlatformAdminUser } from '@/access/isPlatformAdmin'
import { currentOrganisation } from './currentOrganisation'
import { onlyOrganisation } from './onlyOrganisation'
import { organisationIdsOf } from './organisationIdsOf'

/**
 * A new account belongs to an organisation without anyone choosing it: an organisation's
 * administrator creates staff of their own organisation (the plugin lets only platform
 * administrators write the list, so what they sent is already gone); an account created
 * with no list (the first user, scripts, a single-organisation deployment) joins the
 * deployment's only organisation.
 */
export const joinCreatorsOrganisation: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  if (organisationIdsOf(data).length > 0) return data
  const creators = req.user && !isPlatformAdminUser(req.user) ? organisationIdsOf(req.user) : []
  const organisation =
    creators.length === 1 ? creators[0] : (req.user ? undefined : currentOrganisation()) ?? (await onlyOrganisation(req))
  return organisation === undefined ? data : { ...data, tenants: [{ tenant: organisation }] }
}
