import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { organisationOfRequest } from './organisationOfRequest'
import { ORGANISATION_FIELD } from './slugs'

/**
 * The dashboard's incomplete items keep to the organisation the admin shows (the selector's
 * choice, or the user's own): access alone gives a platform administrator every
 * organisation's. Read from the request's cookies, on the server, when the dashboard renders.
 */
export async function chosenOrganisationScope({ payload, user }: { payload: Payload; user: TypedUser }): Promise<Where | undefined> {
  const { headers } = await import('next/headers')
  const organisation = await organisationOfRequest({ payload, user, headers: await headers() } as unknown as PayloadRequest)
  return organisation === undefined ? undefined : { [ORGANISATION_FIELD]: { equals: organisation } }
}
