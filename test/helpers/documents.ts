/** Helpers for copying demo documents in tests. */
import type { Payload } from 'payload'

const SYSTEM_KEYS = ['id', 'createdAt', 'updatedAt', '_status', 'readiness', 'completeness', 'publishChecklist']

/** A plain copy of a document fit for creating a new one: no ids, no system fields. */
export function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (!value || typeof value !== 'object') return value
  if ('root' in (value as object)) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (SYSTEM_KEYS.includes(key)) continue
    out[key] = strip(v)
  }
  return out
}

export function titleFieldOf(payload: Payload, slug: string): string {
  return (payload.collections[slug as never] as unknown as { config: { admin: { useAsTitle: string } } }).config.admin
    .useAsTitle
}

/** A copy of a published demo document of the collection (complete, so it may be published). */
export async function copyOfPublished(payload: Payload, slug: string, suffix: string): Promise<Record<string, unknown>> {
  const { docs } = await payload.find({
    collection: slug as never,
    where: { _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`no published ${slug} to copy`)
  const copy = strip(docs[0]) as Record<string, unknown>
  const field = titleFieldOf(payload, slug)
  copy[field] = `${String(copy[field])} ${suffix}`
  return copy
}
