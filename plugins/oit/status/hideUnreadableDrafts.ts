/**
 * The status reads through the adapter, past access control, so it can judge everything.
 * What it then names for a signed-in user must be what that user may read: a draft the
 * app's access control hides from them (another division's, say) is reported without its
 * title or link (`unreadable`; `explain.ts` words it). Asked of the app's own read access,
 * so the plugin needs no rule of its own.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ItemFacts, ReasonFacts } from './types'

export async function hideUnreadableDrafts(req: PayloadRequest, items: ItemFacts[]): Promise<void> {
  const named = new Map<CollectionSlug, Set<number | string>>()
  for (const item of items) {
    for (const reason of [...item.reasons, ...item.warnings]) {
      const doc = reason.document
      if (doc?.status !== 'draft') continue
      named.set(doc.collection, (named.get(doc.collection) ?? new Set()).add(doc.id))
    }
  }
  const readable = new Set<string>()
  for (const [collection, ids] of named) {
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: [...ids] } },
      draft: true,
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: false,
      req,
      select: {},
    })
    for (const doc of docs as { id: number | string }[]) readable.add(`${collection}:${doc.id}`)
  }
  const hide = (reason: ReasonFacts): ReasonFacts =>
    reason.document?.status === 'draft' && !readable.has(`${reason.document.collection}:${reason.document.id}`)
      ? { code: reason.code, component: reason.component, unreadable: true }
      : reason
  for (const item of items) {
    item.reasons = dedupe(item.reasons.map(hide))
    item.warnings = dedupe(item.warnings.map(hide))
  }
}

/** One line per hidden draft finding is enough: the same words repeated say nothing more. */
function dedupe(reasons: ReasonFacts[]): ReasonFacts[] {
  const seen = new Set<string>()
  return reasons.filter((reason) => {
    if (reason.document || !reason.unreadable) return true
    const key = `${reason.code}:${reason.component ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
