import type { PayloadHandler } from 'payload'

import { NotFound, UnauthorizedError } from 'payload'

const PREFERENCES = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/:key`, the caller's own preference. Payload 3.90.2's
 * handler answers 500 on SQLite for a key the caller does not have: the adapter's
 * `deleteOne` falls back to a query naming a join it never made ("no such column"). The
 * preference is found first (the query the admin's reads use), then deleted by its id.
 */
export const deletePreferenceByKey: PayloadHandler = async (req) => {
  const { payload, user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const { docs } = await payload.db.find({
    collection: PREFERENCES,
    limit: 1,
    pagination: false,
    req,
    where: {
      and: [
        { key: { equals: req.routeParams?.key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
  })
  const found = docs[0] as { id: number | string } | undefined
  if (!found) throw new NotFound(req.t)
  const deleted = await payload.db.deleteOne({ collection: PREFERENCES, req, where: { id: { equals: found.id } } })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') }, { status: 200 })
}
