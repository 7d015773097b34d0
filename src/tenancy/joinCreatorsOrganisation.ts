import type { CollectionBeforeValidateHook } from 'payload'

import { currentOrganisation } from './currentOrganisation'
import { onlyOrganisation } from './onlyOrganisation'
import { organisationIdsOf } from './organisationIdsOf'
import { organisationOfRequest } from './organisationOfRequest'

/**
 * A new account belongs to an organisation without anyone choosing it: the organisation its
 * creator works in (an organisation's administrator: their own, since the plugin lets only
 * platform administrators write the list; a platform administrator: the one chosen in the
 * selector, else their own); an account created with no user (the first one, scripts) joins
 * the organisation the script runs for, else the deployment's only organisation.
 */
export const joinCreatorsOrganisation: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  if (organisationIdsOf(data).length > 0) return data
  const organisation = req.user ? await organisationOfRequest(req) : (currentOrganisation() ?? (await onlyOrganisation(req)))
  return organisation === undefined ? data : { ...data, tenants: [{ tenant: organisation }] }
}
