/**
 * What the access rules of Payload's document locks (`payload-locked-documents`) ask: whom
 * a lock names, what it locks, and whether the caller may edit that.
 */
import type { Collection, PayloadRequest, Where } from 'payload'

import { idOf } from './roles'

export const LOCKS_SLUG = 'payload-locked-documents'

/** What a lock holds: a document of a collection, or a global. */
export type LockTarget = { collection: unknown; id: unknown } | { global: string }

/** The targets a lock's data names (a document, a global, or both); none when it names neither. */
export function lockTargetsOf(data: Record<string, unknown>): LockTarget[] {
  const targets: LockTarget[] = []
  const document = data.document as { relationTo?: unknown; value?: unknown } | null | undefined
  if (document !== undefined && document !== null) {
    targets.push({ collection: document.relationTo, id: idOf(document.value) })
  }
  if (typeof data.globalSlug === 'string' && data.globalSlug !== '') targets.push({ global: data.globalSlug })
  return targets
}

/** Whether a lock's `user` value ({ relationTo, value }, populated or not) is this user. */
export function namesUser(value: unknown, user: { collection?: string; id: number | string }): boolean {
  if (!value || typeof value !== 'object') return false
  const { relationTo, value: who } = value as { relationTo?: unknown; value?: unknown }
  const id = idOf(who)
  return relationTo === user.collection && id !== undefined && String(id) === String(user.id)
}

/** The locks that name this user. */
export function ownLocksWhere(user: { collection?: string; id: number | string }): Where {
  return { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] }
}

const collectionOf = (req: PayloadRequest, slug: string) =>
  (req.payload.collections as Record<string, Collection | undefined>)[slug]

/** A document id in the type its collection stores (ids arrive as strings from some clients). */
function storedId(req: PayloadRequest, slug: string, id: unknown): number | string | undefined {
  if (typeof id !== 'number' && typeof id !== 'string') return undefined
  const type = collectionOf(req, slug)?.customIDType ?? req.payload.db.defaultIDType
  if (type !== 'number') return String(id)
  const number = Number(id)
  return Number.isInteger(number) ? number : undefined
}

/** Whether the caller may edit what the lock holds, by that collection's (or global's) own update access. */
export async function mayEditTarget(req: PayloadRequest, target: LockTarget): Promise<boolean> {
  if ('global' in target) {
    const global = req.payload.config.globals.find((g) => g.slug === target.global)
    const access = global?.access?.update
    if (!global || !access) return false
    const result = await access({ req })
    if (typeof result !== 'object' || result === null) return Boolean(result)
    return Boolean(await req.payload.db.findGlobal({ slug: global.slug, req, where: result }))
  }
  const slug = typeof target.collection === 'string' ? target.collection : ''
  const collection = collectionOf(req, slug)
  const id = storedId(req, slug, target.id)
  const access = collection?.config.access.update
  if (!collection || id === undefined || !access) return false
  const result = await access({ id: id as number, req })
  if (typeof result !== 'object' || result === null) return Boolean(result)
  const { totalDocs } = await req.payload.db.count({
    collection: slug as never,
    req,
    where: { and: [{ id: { equals: id } }, result] },
  })
  return totalDocs > 0
}
