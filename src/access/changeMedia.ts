import type { Access, PayloadRequest, Where } from 'payload'

import { DEFAULT_FIELD_NAME, fileUses, type FileUses } from '@prongsai/upload-visibility'
import { editableDocuments } from './editableDocuments'
import { editsAllDivisions } from './editsAllDivisions'
import { mayEditOrganisationProfile } from './mayEditOrganisationProfile'
import { mayReplacePublishedFile } from './mayReplacePublishedFile'

/**
 * The files of `uses` that the user may not change: one of their documents is not the
 * user's to edit, or is published and the user may not replace a published file.
 */
async function blockedFiles(req: PayloadRequest, uses: FileUses): Promise<Set<string>> {
  const published = mayReplacePublishedFile(req.user)
  const byCollection = new Map<string, Set<string>>()
  for (const list of uses.values()) {
    for (const use of list)
      byCollection.set(use.collection, (byCollection.get(use.collection) ?? new Set()).add(String(use.id)))
  }
  const editable = new Map<string, Set<string>>()
  for (const [collection, ids] of byCollection)
    editable.set(collection, await editableDocuments(req, collection, [...ids]))
  const blocked = new Set<string>()
  for (const [file, list] of uses) {
    if (list.some((use) => (use.published && !published) || !editable.get(use.collection)?.has(String(use.id)))) blocked.add(file)
  }
  return blocked
}

/** A file id as the collection stores it; undefined for one that cannot be (Payload then answers as for any bad id). */
function fileId(req: PayloadRequest, id: number | string): number | string | undefined {
  const idType = req.payload.collections.media?.customIDType ?? req.payload.db.defaultIDType
  if (idType !== 'number') return id
  const n = Number(id)
  return Number.isSafeInteger(n) ? n : undefined
}

/**
 * Replacing, editing or deleting a file (`media`): a file whose every document, draft or
 * not, is one the user may edit (by each collection's own update access: their divisions',
 * the organisation profile for `mayEditOrganisationProfile`), and, unless
 * `mayReplacePublishedFile`, that no published document uses; a file no document uses, any
 * staff member (a fresh upload, say). Publishers and admins: every file.
 * A document's "use" is its stored row or its latest draft. Holds for one file by id
 * (REST, GraphQL, the admin's edit view) and for bulk PATCH/DELETE with `where`, which
 * then only reach the files allowed.
 */
export const changeMedia: Access = ({ id, req }) => {
  if (!req.user) return false
  // Shortcut, same answer: who may replace a published file and edit every document that can use one.
  if (mayReplacePublishedFile(req.user) && editsAllDivisions(req.user) && mayEditOrganisationProfile(req.user))
    return true
  return shared(req, id === undefined ? '*' : String(id), () => answer(req, id))
}

async function answer(req: PayloadRequest, id: number | string | undefined): Promise<boolean | Where> {
  // The stored flag: some visible (published) document uses the file.
  const notPublic: Where | true = mayReplacePublishedFile(req.user) ? true : { [DEFAULT_FIELD_NAME]: { not_equals: true } }
  if (id !== undefined) {
    const known = fileId(req, id)
    if (known === undefined) return notPublic
    return (await blockedFiles(req, await fileUses(req, 'media', [known]))).size > 0 ? false : notPublic
  }
  const blocked = await blockedFiles(req, await fileUses(req, 'media'))
  if (blocked.size === 0) return notPublic
  const allowed: Where = { id: { not_in: [...blocked].map((file) => fileId(req, file) ?? file) } }
  return notPublic === true ? allowed : { and: [notPublic, allowed] }
}

const inFlight = new WeakMap<PayloadRequest, Map<string, Promise<boolean | Where>>>()

/**
 * Payload asks `update` and `delete` at the same moment (the admin's permissions, on every
 * page): one answer for both. Kept only while it is being worked out, so a later question
 * in the same request (after a write, say) is answered afresh.
 */
function shared(req: PayloadRequest, key: string, work: () => Promise<boolean | Where>) {
  const byKey = inFlight.get(req) ?? new Map<string, Promise<boolean | Where>>()
  inFlight.set(req, byKey)
  const running = byKey.get(key)
  if (running) return running
  const promise = work().finally(() => byKey.delete(key))
  byKey.set(key, promise)
  return promise
}
