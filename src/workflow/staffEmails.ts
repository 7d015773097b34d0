import type { Payload, PayloadRequest, Where } from 'payload'

import type { Recipient } from '@prongsai/shared/recipient'

/**
 * The staff with one of `roles`, in one of `divisions` when given (ids): each address once,
 * with the language the person reads e-mails in (their `language`, unset for an account
 * that has none: then the message is in Thai and English). Of one organisation when given.
 */
export async function staffEmails(
  payload: Payload,
  { roles, divisions, organisation }: { roles: string[]; divisions?: (number | string)[]; organisation?: number | string },
  req?: PayloadRequest,
): Promise<Exclude<Recipient, string>[]> {
  const where: Where = {
    and: [
      { roles: { in: roles } },
      ...(divisions ? [{ divisions: { in: divisions } }] : []),
      ...(organisation === undefined ? [] : [{ 'tenants.tenant': { equals: organisation } }]),
    ],
  }
  const { docs } = await payload.find({
    collection: 'users',
    where,
    sort: 'email',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, language: true },
    req,
  })
  const seen = new Set<string>()
  return (docs as { email?: string; language?: null | string }[]).flatMap(({ email, language }) => {
    if (!email || seen.has(email)) return []
    seen.add(email)
    return [{ email, language: language ?? undefined }]
  })
}
