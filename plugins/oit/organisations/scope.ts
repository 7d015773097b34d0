import type { Payload, Where } from 'payload'

import type { OitCustomConfig } from '../types'

export type { OrganisationId } from '../types'
import type { OrganisationId } from '../types'

const fieldOf = (payload: Payload): string | undefined =>
  (payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations?.field

/**
 * The constraint that keeps a read to one organisation (`{ tenant: { equals: 3 } }`), when
 * documents belong to organisations (the plugin's `organisations` option). Undefined in a
 * single-organisation deployment. Where documents belong to organisations and none is given,
 * a constraint nothing matches: a document of no organisation reads nobody's, not everybody's.
 */
export function organisationWhere(payload: Payload, organisation: OrganisationId | undefined): Where | undefined {
  const field = fieldOf(payload)
  if (!field) return undefined
  if (organisation === undefined) return { and: [{ [field]: { exists: true } }, { [field]: { exists: false } }] }
  return { [field]: { equals: organisation } }
}

/** `where` kept to one organisation (unchanged without one). */
export function withinOrganisation(where: Where | undefined, scope: Where | undefined): Where {
  if (!scope) return where ?? {}
  return where && Object.keys(where).length > 0 ? { and: [where, scope] } : scope
}

/** The organisation a document belongs to (populated or not), when documents belong to organisations. */
export function organisationOfDoc(payload: Payload, doc: Record<string, unknown>): OrganisationId | undefined {
  const field = fieldOf(payload)
  if (!field) return undefined
  const value = doc[field]
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}
