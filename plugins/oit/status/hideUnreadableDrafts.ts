/**
 * The status reads through the adapter, past access control, so it can judge everything.
 * What it then names for a signed-in user must be what that user may read: a draft the
 * app's access control hides from them (another division's, say) is reported without its
 * title or link. Asked of the app's own read access, so the plugin needs no rule of its own.
 */
import type { PayloadRequest } from 'payload'

import type { ItemStatus, Reason } from './types'

const UNREADABLE: Reason['message'] = {
  th: 'มีฉบับร่างที่ท่านไม่มีสิทธิ์เปิด (ของส่วนราชการอื่น)',
  en: 'A draft you may not open (another division’s)',
}

export async function hideUnreadableDrafts(req: PayloadRequest, items: ItemStatus[]): Promise<void> {
  const named = new Map<string, Set<number | string>>()
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
      collection: collection as never,
      where: { id: { in: [...ids] } },
      draft: true,
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: false,
      req,
      select: {} as never,
    })
    for (const doc of docs as { id: number | string }[]) readable.add(`${collection}:${doc.id}`)
  }
  const hide = (reason: Reason): Reason =>
    reason.document?.status === 'draft' && !readable.has(`${reason.document.collection}:${reason.document.id}`)
      ? { code: reason.code, message: UNREADABLE, component: reason.component }
      : reason
  for (const item of items) {
    item.reasons = dedupe(item.reasons.map(hide))
    item.warnings = dedupe(item.warnings.map(hide))
  }
}

/** One line per hidden draft finding is enough: the same message repeated says nothing more. */
function dedupe(reasons: Reason[]): Reason[] {
  const seen = new Set<string>()
  return reasons.filter((reason) => {
    if (reason.document || reason.message !== UNREADABLE) return true
    const key = `${reason.code}:${reason.component ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
