import type { Payload, Where } from 'payload'

import { hostOfRequest } from './hostOfRequest'
import { onlyOrganisation } from './onlyOrganisation'
import { organisationOfHost } from './organisationOfHost'
import { ORGANISATION_FIELD } from './slugs'

/**
 * What a visitor (no account) may read is also kept to the organisation whose site they
 * came to: its host's (the `Host` header of the request, or of the site's own reads), else
 * the deployment's only organisation. On a host that no organisation answers on, with several
 * organisations, nothing.
 */
export async function visitorsSeeTheirHost(
  accessResult: boolean | Where,
  req: { payload: Payload; headers: Headers; url?: string },
  /** The organisation's path in what is read (`version.tenant` in versions). */
  path: string = ORGANISATION_FIELD,
): Promise<boolean | Where> {
  if (accessResult === false) return false
  const organisation =
    (await organisationOfHost(req.payload, hostOfRequest(req))) ?? (await onlyOrganisation({ payload: req.payload }))
  // No organisation's host: a constraint nothing matches (not `false`, which makes a find throw
  // and took down the admin's sign-in page, whose emblem is read as a visitor).
  const scope: Where =
    organisation === undefined
      ? { and: [{ [path]: { exists: true } }, { [path]: { exists: false } }] }
      : { [path]: { equals: organisation } }
  return accessResult === true ? scope : { and: [accessResult, scope] }
}
