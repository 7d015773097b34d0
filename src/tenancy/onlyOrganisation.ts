import type { Payload, PayloadRequest } from 'payload'

import { TENANTS_SLUG } from './slugs'

/**
 * The deployment's one organisation, when it has exactly one: what a single-organisation
 * deployment gives every document, file and account without anyone choosing (behaves as
 * before organisations existed). Undefined when there are none or several.
 */
export async function onlyOrganisation(
  req: Pick<PayloadRequest, 'payload'> | { payload: Payload },
): Promise<number | string | undefined> {
  const { docs } = await req.payload.find({
    collection: TENANTS_SLUG,
    limit: 2,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    // In the request's transaction when it is one (a save that creates an account).
    ...('transactionID' in req ? { req: req as PayloadRequest } : {}),
  })
  return docs.length === 1 ? docs[0]!.id : undefined
}
