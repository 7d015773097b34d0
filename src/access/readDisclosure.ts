import type { Access, Where } from 'payload'

import { readScopeWhere } from './divisionScope'

export interface ReadDisclosureOptions {
  /** The collection has Payload's trash: visitors never see a trashed document, even with `?trash=true`. */
  trash?: boolean
}

/**
 * Visitors read published documents only, so a draft never reaches the site or the API.
 * Staff read published documents and the unpublished ones of their divisions.
 */
export const readDisclosure =
  ({ trash = false }: ReadDisclosureOptions = {}): Access =>
  ({ req }) => {
    const published: Where = { _status: { equals: 'published' } }
    if (!req.user) return trash ? { and: [published, { deletedAt: { exists: false } }] } : published
    const scope = readScopeWhere(req)
    return scope === true ? true : { or: [published, scope] }
  }
