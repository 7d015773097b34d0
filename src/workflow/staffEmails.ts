import type { Payload, PayloadRequest, Where } from 'payload'

/** The e-mail addresses of staff with one of `roles`, in one of `divisions` when given (ids). */
export async function staffEmails(
  payload: Payload,
  { roles, divisions }: { roles: string[]; divisions?: (number | string)[] },
  req?: PayloadRequest,
): Promise<string[]> {
  const where: Where = {
    and: [{ roles: { in: roles } }, ...(divisions ? [{ divisions: { in: divisions } }] : [])],
  }
  const { docs } = await payload.find({
    collection: 'users',
    where,
    sort: 'email',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
    req,
  })
  return [...new Set(docs.map((u) => (u as { email?: string }).email).filter((e): e is string => Boolean(e)))]
}
