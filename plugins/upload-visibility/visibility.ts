/**
 * Whether a file is public, from the database: some document a visitor may read
 * references it. "May read" is the stored row: published (collections with drafts; a
 * newer draft of it is not) and not in the trash (collections with trash).
 */
import type { Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import type { UploadVisibilitySettings } from './defaults'
import { type BlockLookup, type FileId, type FileRefs, referencedFiles, refersTo, topLevelSelect } from './references'

export function collectionConfig(payload: Payload, slug: string): SanitizedCollectionConfig | undefined {
  return (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config
}

export function blockLookup(payload: Payload): BlockLookup {
  return (slug) => payload.config.blocks?.find((block) => block.slug === slug)
}

/** What a stored row must be for visitors to read it: published, not trashed. */
export function visibleWhere(config: SanitizedCollectionConfig | undefined): Where[] {
  const out: Where[] = []
  if (config && hasDraftsEnabled(config)) {
    out.push({ _status: { equals: 'published' } })
  }
  if (config?.trash) out.push({ deletedAt: { exists: false } })
  return out
}

/** The files (of the managed upload collections) a document of `collection` references. */
export function filesOf(
  payload: Payload,
  settings: UploadVisibilitySettings,
  collection: SanitizedCollectionConfig,
  doc: unknown,
  out?: FileRefs,
): FileRefs {
  return referencedFiles(collection.fields, doc, new Set(settings.uploads), blockLookup(payload), out)
}

/** The top-level fields of a referrer that hold its references (what a read of them selects). */
export function topLevelSelectOf(settings: UploadVisibilitySettings, slug: string): Record<string, true> {
  const referrer = settings.referrers.find((r) => r.slug === slug)
  return topLevelSelect([...(referrer?.paths.values() ?? [])].flat())
}

/** Whether a visible document of any referrer references the file (in `req`'s transaction). */
export async function isPublic(
  req: PayloadRequest,
  settings: UploadVisibilitySettings,
  upload: string,
  id: FileId,
): Promise<boolean> {
  for (const referrer of settings.referrers) {
    const paths = referrer.paths.get(upload)
    if (!paths?.length) continue
    const where = { and: [refersTo(paths, upload, id), ...visibleWhere(collectionConfig(req.payload, referrer.slug))] }
    const { totalDocs } = await req.payload.db.count({ collection: referrer.slug as never, where, req })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Stores the flag when it differs. Straight through the adapter: no hooks, no version,
 * and the file's own `updatedAt` kept (a change of visibility is not an edit of the file).
 * Returns whether it changed.
 */
export async function storeFlag(
  payload: Payload,
  settings: UploadVisibilitySettings,
  upload: string,
  id: FileId,
  value: boolean,
  req?: PayloadRequest,
): Promise<boolean> {
  const field = settings.fieldName
  const stored = await payload.db.findOne<Record<string, unknown> & { id: FileId }>({
    collection: upload as never,
    where: { id: { equals: id } },
    select: { [field]: true, updatedAt: true },
    req,
  })
  // A file deleted meanwhile has no flag to keep.
  if (!stored || Boolean(stored[field]) === value) return false
  await payload.db.updateOne({
    collection: upload as never,
    id,
    data: { [field]: value, updatedAt: stored.updatedAt },
    req,
  })
  return true
}

/** Works each file's flag out again and stores it, in `req`'s transaction. */
export async function refreshFiles(req: PayloadRequest, settings: UploadVisibilitySettings, files: FileRefs) {
  for (const [upload, ids] of files) {
    for (const id of ids)
      await storeFlag(req.payload, settings, upload, id, await isPublic(req, settings, upload, id), req)
  }
}
