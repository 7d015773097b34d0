import type { CollectionBeforeDeleteHook } from 'payload'

import { ORGANISATION_FIELD } from '@/tenancy/slugs'

/**
 * A deleted organisation's derived rows (collections marked `custom.derived`, such as the
 * stored OIT statuses) go with it, in the same transaction, once nothing else holds it (after
 * keepWhileInUse; before the row goes, whose removal would only empty their column): they hold nothing of their own,
 * and a row of no organisation would show in the view across organisations.
 */
export const dropDerived: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of req.payload.config.collections) {
    if (!collection.custom?.derived) continue
    if (!collection.flattenedFields.some((field) => field.name === ORGANISATION_FIELD)) continue
    await req.payload.db.deleteMany({ collection: collection.slug, where: { [ORGANISATION_FIELD]: { equals: id } }, req })
  }
}
