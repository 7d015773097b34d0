import type { CollectionAfterDeleteHook } from 'payload'

import { writeEntry } from '../audit/writeEntry'
import type { WorkflowSettings } from '../defaults'

/** A document deleted for good keeps its history: the entry names it by collection, id and title. */
export const recordDelete =
  (settings: WorkflowSettings, slug: string, titleField?: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await writeEntry(settings, req, { action: 'delete', collection: slug, doc, titleField })
    return doc
  }
