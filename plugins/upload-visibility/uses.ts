/**
 * Which documents use which files: the stored rows of the referring collections and, where
 * they have drafts, their latest versions (a draft saved over a document is kept only in
 * the versions table, so a file attached only to a draft is found there). Read in `req`'s
 * transaction, straight through the adapter (no access, no hooks).
 */
import type { PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import type { ReferencePath, UploadVisibilitySettings } from './defaults'
import { type FileId, referencedFiles } from './references'
import { blockLookup, collectionConfig, topLevelSelectOf } from './visibility'

/** One document that uses a file. */
export interface FileUse {
  /** The referring collection. */
  collection: string
  /** The referring document. */
  id: FileId
  /** Its stored row references the file (what visitors read once it is published). */
  inRow: boolean
  /** Its latest version references the file (the one being prepared or reviewed). */
  inLatest: boolean
  /** Its stored row, published (in the trash or not), references the file: it is, or was, shown with it. */
  published: boolean
}

/** File id (as a string) → the documents that use it. */
export type FileUses = Map<string, FileUse[]>

/** Where settings are kept for code outside the plugin (`config.custom`). */
export const SETTINGS_KEY = 'uploadVisibility'

export function settingsOf(req: PayloadRequest): UploadVisibilitySettings | undefined {
  return (req.payload.config.custom as Record<string, UploadVisibilitySettings | undefined> | undefined)?.[SETTINGS_KEY]
}

const PAGE = 500

/** `refersTo` for several ids at once, at `prefix` (`version.` in a versions table). */
function refersToAny(paths: readonly ReferencePath[], upload: string, ids: readonly FileId[], prefix = ''): Where {
  return {
    or: paths.map((p) =>
      p.polymorphic
        ? {
            and: [
              { [`${prefix}${p.path}.relationTo`]: { equals: upload } },
              { [`${prefix}${p.path}.value`]: { in: ids } },
            ],
          }
        : { [`${prefix}${p.path}`]: { in: ids } },
    ),
  }
}

/** What a stored row must be for visitors NOT to read it (a draft, or in the trash). */
function hiddenWhere(config: SanitizedCollectionConfig): Where | undefined {
  const out: Where[] = []
  if (hasDraftsEnabled(config)) out.push({ _status: { not_equals: 'published' } })
  if (config.trash) out.push({ deletedAt: { exists: true } })
  return out.length ? { or: out } : undefined
}

function note(
  out: FileUses,
  upload: string,
  files: Map<string, Set<FileId>>,
  use: Omit<FileUse, 'inLatest' | 'inRow'>,
  where: 'inLatest' | 'inRow',
) {
  for (const id of files.get(upload) ?? []) {
    const key = String(id)
    const list = out.get(key) ?? []
    let entry = list.find((u) => u.collection === use.collection && String(u.id) === String(use.id))
    if (!entry) {
      entry = { ...use, inRow: false, inLatest: false }
      list.push(entry)
    }
    entry[where] = true
    if (use.published) entry.published = true
    out.set(key, list)
  }
}

async function eachPage<T>(
  read: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>,
  each: (doc: T) => void,
) {
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await read(page)
    docs.forEach(each)
    if (!hasNextPage) return
  }
}

/**
 * The documents that use files of `upload`.
 * - With `ids`: every use of those files.
 * - Without: every use of every file that no visible document uses (rows that are drafts
 *   or in the trash, and latest versions that are drafts). A file a visible document uses
 *   is public (its flag says so) and its uses are not all listed.
 */
export async function fileUses(req: PayloadRequest, upload: string, ids?: readonly FileId[]): Promise<FileUses> {
  const settings = settingsOf(req)
  const out: FileUses = new Map()
  if (!settings || !settings.uploads.includes(upload) || ids?.length === 0) return out
  const targets = new Set([upload])
  const lookup = blockLookup(req.payload)
  for (const referrer of settings.referrers) {
    const paths = referrer.paths.get(upload)
    const config = collectionConfig(req.payload, referrer.slug)
    if (!paths?.length || !config) continue
    const drafts = hasDraftsEnabled(config)
    const refs = topLevelSelectOf(settings, referrer.slug)
    const select: Record<string, true> = drafts ? { ...refs, _status: true } : refs

    const rowWhere = ids ? refersToAny(paths, upload, ids) : hiddenWhere(config)
    if (rowWhere) {
      await eachPage(
        (page) =>
          req.payload.db.find<Record<string, unknown>>({
            collection: referrer.slug as never,
            where: rowWhere,
            select,
            limit: PAGE,
            page,
            pagination: true,
            sort: 'id',
            req,
          }),
        (row) => {
          const files = referencedFiles(config.fields, row, targets, lookup)
          const use = { collection: referrer.slug, id: row.id as FileId, published: row._status === 'published' }
          note(out, upload, files, use, 'inRow')
          // Without drafts, the row is the latest version.
          if (!drafts) note(out, upload, files, use, 'inLatest')
        },
      )
    }
    if (!drafts) continue

    const versionWhere: Where = {
      and: [
        { latest: { equals: true } },
        ids ? refersToAny(paths, upload, ids, 'version.') : { 'version._status': { equals: 'draft' } },
      ],
    }
    await eachPage(
      (page) =>
        req.payload.db.findVersions<Record<string, unknown>>({
          collection: referrer.slug as never,
          where: versionWhere,
          select: { parent: true, version: refs },
          limit: PAGE,
          page,
          pagination: true,
          sort: 'id',
          req,
        }),
      (version) => {
        const files = referencedFiles(config.fields, version.version, targets, lookup)
        note(
          out,
          upload,
          files,
          { collection: referrer.slug, id: version.parent as FileId, published: false },
          'inLatest',
        )
      },
    )
  }
  return out
}
