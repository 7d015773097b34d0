import type { CollectionAfterChangeHook } from 'payload'

import type { UploadVisibilitySettings } from '../defaults'
import { mergeFiles } from '../references'
import { filesOf, refreshFiles } from '../visibility'
import { takeStoredFiles } from './noteStoredFiles'

/**
 * After a save (create, update, publish, unpublish, draft, trash, restore), in the same
 * transaction: the flag of every file the document referenced before or references now
 * is worked out again from the database.
 */
export function refreshAfterChange(settings: UploadVisibilitySettings): CollectionAfterChangeHook {
  return async ({ collection, doc, previousDoc, req }) => {
    const files = filesOf(req.payload, settings, collection, doc)
    filesOf(req.payload, settings, collection, previousDoc, files)
    const id = (doc as { id?: number | string }).id
    if (id !== undefined) mergeFiles(files, takeStoredFiles((req.context ??= {}), collection.slug, id))
    await refreshFiles(req, settings, files)
    return doc
  }
}
