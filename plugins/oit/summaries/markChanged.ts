import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { organisationOfDoc } from '../organisations/scope'
import type { OitCustomConfig } from '../types'
import { OIT_SUMMARIES_SLUG } from './slug'

/**
 * A change of a document that counts for the status (a category's, a division's, the
 * profile's) marks its organisation's stored statuses as changed, in the same transaction:
 * one small update, no status computed on the save. The refresh task recomputes them.
 */
async function markChanged(req: PayloadRequest, doc: Record<string, unknown> | undefined): Promise<void> {
  const payload: Payload = req.payload
  const organisations = (payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations
  if (!organisations || !doc) return
  const organisation = organisationOfDoc(payload, doc)
  if (organisation === undefined) return
  await payload.db.updateMany({
    collection: OIT_SUMMARIES_SLUG,
    where: { [organisations.field]: { equals: organisation } },
    data: { changedAt: new Date().toISOString() },
    req,
  })
}

export const markChangedAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await markChanged(req, doc)
  // Moved to another organisation (by a platform administrator): the one it left changed too.
  const before = previousDoc ? organisationOfDoc(req.payload, previousDoc) : undefined
  if (before !== undefined && String(before) !== String(organisationOfDoc(req.payload, doc))) await markChanged(req, previousDoc)
  return doc
}

export const markChangedAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await markChanged(req, doc)
}
