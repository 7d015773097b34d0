import type { Collection, FieldAccess, PayloadRequest } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { both } from '../translations'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | undefined)

/** Per request: the accounts (by id) the reader may read, asked once each. */
const readable = new WeakMap<PayloadRequest, Map<string, Promise<boolean>>>()
/** Per entry: who acted, read before Payload strips `user` from it (both fields are judged by the same actor). */
const actors = new WeakMap<object, number | string | null>()

/** Whether the reader's read access to the users collection is every account. */
async function readsEveryUser(settings: WorkflowSettings, req: PayloadRequest): Promise<boolean> {
  if (!req.user) return false
  if (settings.audit.readsEveryActor) return settings.audit.readsEveryActor(req)
  const read = (req.payload.collections as Record<string, Collection | undefined>)[settings.usersSlug]?.config.access
    .read
  return Boolean(req.user) && (read ? (await read({ req })) === true : false)
}

/** Whether the users API would hand this account to the reader (their own, or by the users' read rule). */
function readsUser(settings: WorkflowSettings, req: PayloadRequest, id: number | string): Promise<boolean> {
  if (req.user && String(req.user.id) === String(id) && req.user.collection === settings.usersSlug)
    return Promise.resolve(true)
  let cache = readable.get(req)
  if (!cache) readable.set(req, (cache = new Map()))
  const key = String(id)
  if (!cache.has(key)) {
    cache.set(
      key,
      req.payload
        .count({ collection: settings.usersSlug as never, where: { id: { equals: id } }, req, overrideAccess: false })
        .then(({ totalDocs }) => totalDocs > 0)
        .catch(() => false),
    )
  }
  return cache.get(key)!
}

/**
 * Read access of an entry's actor fields (the account and its name/e-mail): an entry says
 * who acted only to readers the users API would show that person to. The system's own
 * entries say so to everyone; an entry of a deleted account only to those who read every
 * account. Without a document (what may be queried or sorted, the admin's columns): only
 * to those who read every account, so that nobody searches the log by a name they may not see.
 */
export const actorAccess =
  (settings: WorkflowSettings): FieldAccess =>
  async ({ doc, req }) => {
    if (!req.user) return false
    if (!doc) return readsEveryUser(settings, req)
    if (!actors.has(doc)) actors.set(doc, idOf(doc.user) ?? null)
    const actor = actors.get(doc)
    if (actor === null || actor === undefined) {
      const system = settings.formatMessage(both('audit.system'))
      return doc.userName === system || readsEveryUser(settings, req)
    }
    return (await readsEveryUser(settings, req)) || readsUser(settings, req, actor)
  }
