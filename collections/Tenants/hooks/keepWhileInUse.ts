import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { ORGANISATION_FIELD, TENANTS_SLUG } from '@/tenancy/slugs'

/**
 * An organisation is deleted only once nothing belongs to it any more: no document, file,
 * division, audit entry or account (what is only computed from those does not count). Nothing is deleted with it, and nothing is left
 * without its organisation (the database would otherwise empty the column).
 */
export const keepWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const held: string[] = []
  for (const collection of req.payload.config.collections) {
    // What is computed from the rest (the stored statuses) goes with the organisation (dropDerived.ts).
    if (collection.custom?.derived) continue
    const field = collection.flattenedFields.find(
      (candidate) => candidate.name === ORGANISATION_FIELD && 'relationTo' in candidate && candidate.relationTo === TENANTS_SLUG,
    )
    const path = field ? ORGANISATION_FIELD : collection.slug === req.payload.config.admin.user ? 'tenants.tenant' : undefined
    if (!path) continue
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      where: { [path]: { equals: id } },
      overrideAccess: true,
      trash: true,
      req,
    })
    if (totalDocs > 0) held.push(`${collection.slug} (${totalDocs})`)
  }
  if (held.length > 0) {
    throw new APIError(
      `ลบองค์กรไม่ได้ เพราะยังมีข้อมูลขององค์กรนี้: ${held.join(', ')} ส่งออกและย้ายหรือลบข้อมูลก่อน / The organisation still holds data: ${held.join(', ')}. Export it and move or delete it first`,
      409,
      undefined,
      true,
    )
  }
}
