import type { CollectionBeforeChangeHook } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import type { UploadVisibilitySettings } from '../defaults'
import type { FileRefs } from '../references'
import { filesOf, topLevelSelectOf } from '../visibility'

export const storedFilesKey = (slug: string, id: number | string) => `upload-visibility:stored:${slug}:${id}`

/**
 * Before an update of a collection with drafts: the files its stored row references now.
 * The row is what visitors read, and neither `originalDoc` nor `previousDoc` is that row
 * when a draft was saved over it (they are the latest draft); publishing that draft may
 * drop a file the row still references, whose flag must then be worked out again.
 */
export function noteStoredFiles(settings: UploadVisibilitySettings): CollectionBeforeChangeHook {
  return async ({ collection, data, operation, originalDoc, req }) => {
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    if (operation !== 'update' || id === undefined) return data
    if (!hasDraftsEnabled(collection)) return data
    const stored = await req.payload.db.findOne({
      collection: collection.slug as never,
      where: { id: { equals: id } },
      select: topLevelSelectOf(settings, collection.slug),
      req,
    })
    if (stored)
      (req.context ??= {})[storedFilesKey(collection.slug, id)] = filesOf(req.payload, settings, collection, stored)
    return data
  }
}

export function takeStoredFiles(
  context: Record<string, unknown>,
  slug: string,
  id: number | string,
): FileRefs | undefined {
  const key = storedFilesKey(slug, id)
  const files = context[key] as FileRefs | undefined
  delete context[key]
  return files
}
