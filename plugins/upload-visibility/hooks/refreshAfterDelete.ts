import type { CollectionAfterDeleteHook } from 'payload'

import type { UploadVisibilitySettings } from '../defaults'
import { filesOf, refreshFiles } from '../visibility'

/** After a delete, in the same transaction: the files the document referenced may be private now. */
export function refreshAfterDelete(settings: UploadVisibilitySettings): CollectionAfterDeleteHook {
  return async ({ collection, doc, req }) => {
    await refreshFiles(req, settings, filesOf(req.payload, settings, collection, doc))
    return doc
  }
}
