import type { PayloadRequest } from 'payload'

/** Payload's own collection of admin preferences. */
export const PREFERENCES = 'payload-preferences'

/**
 * Whether the signed-in user has a preference under `key`. Payload's
 * `DELETE /api/payload-preferences/:key` for a key the user has none under falls back to a
 * query the SQL adapters cannot build (a 500): the guard answers 404 first.
 */
export async function preferenceExists(req: PayloadRequest, key: string): Promise<boolean> {
  if (!req.user) return true // Payload answers 401 itself.
  const { totalDocs } = await req.payload.count({
    collection: PREFERENCES as never,
    where: {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: req.user.id } },
        { 'user.relationTo': { equals: req.user.collection } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
