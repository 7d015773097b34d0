import type { PayloadRequest } from 'payload'

import type { Reference } from './checkShape'

/** The references that name no document: one narrow query per referenced collection. */
export async function findMissingReferences(req: PayloadRequest, references: Reference[]): Promise<Reference[]> {
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.relationTo, [...(byCollection.get(reference.relationTo) ?? []), reference])
  }
  const missing: Reference[] = []
  for (const [collection, refs] of byCollection) {
    if (!req.payload.collections[collection as never]) continue
    const { docs } = await req.payload.find({
      collection: collection as never,
      where: { id: { in: [...new Set(refs.map((ref) => ref.id))] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {} as never,
    })
    const found = new Set(docs.map((doc) => String((doc as { id: unknown }).id)))
    missing.push(...refs.filter((ref) => !found.has(String(ref.id))))
  }
  return missing
}
