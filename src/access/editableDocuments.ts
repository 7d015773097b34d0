import type { PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

type Id = number | string

/**
 * Of the documents `ids` of `collection`, those the signed-in user may edit, by that
 * collection's own `update` access (whatever it is: divisions, publishers only, …).
 * Read in `req`'s transaction. Ids come back as strings.
 */
export async function editableDocuments(
  req: PayloadRequest,
  collection: string,
  ids: readonly Id[],
): Promise<Set<string>> {
  const all = new Set(ids.map(String))
  const config = (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
    collection
  ]?.config
  if (!config || ids.length === 0) return new Set()
  // Payload's default when a collection sets no update access: any signed-in user.
  const access = config.access?.update
  const result = access ? await access({ req }) : Boolean(req.user)
  if (result === true) return all
  if (!result) return new Set()
  const { docs } = await req.payload.db.find<{ id: Id }>({
    collection: collection as never,
    where: { and: [{ id: { in: [...ids] } }, result as Where] },
    select: { id: true },
    pagination: false,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}
