import { APIError, type PayloadRequest } from 'payload'

import { en } from '../translations/en'
import { th } from '../translations/th'
import type { OitCustomConfig } from '../types'
import type { OrganisationId } from './scope'

/** Whether documents belong to organisations (the plugin's `organisations` option is set). */
export function hasOrganisations(req: Pick<PayloadRequest, 'payload'>): boolean {
  return Boolean((req.payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations)
}

/**
 * The organisation a request is about (the plugin's `organisations.of`), or undefined: in a
 * single-organisation deployment, or when the request names none (see {@link hasOrganisations}).
 * `asked`: the one the request names itself (an admin view's `?organisation=`; for an
 * endpoint, its own query string's), which `of` honours only where the reader may read it.
 */
export async function requestOrganisation(req: PayloadRequest, asked?: string): Promise<OrganisationId | undefined> {
  const organisations = (req.payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations
  if (!organisations) return undefined
  return (await organisations.of(req, asked ?? req.searchParams?.get('organisation') ?? undefined)) ?? undefined
}

/**
 * The organisation a status read keeps to: the one given, else the request's. Where documents
 * belong to organisations and neither names one, a 400: never every organisation's documents
 * counted together.
 */
export async function resolveOrganisation(given: {
  payload: { config: { custom?: Record<string, unknown> } }
  req?: PayloadRequest
  organisation?: OrganisationId
}): Promise<OrganisationId | undefined> {
  if (given.organisation !== undefined) return given.organisation
  if (!(given.payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations) return undefined
  // Without a request (a script, a test): as a visitor with no host would be (the only organisation).
  const req = given.req ?? ({ payload: given.payload, headers: new Headers(), user: null } as unknown as PayloadRequest)
  const found = await requestOrganisation(req)
  if (found === undefined) {
    // Both languages, as every other refusal a client gets (the words of the plugin's translations).
    throw new APIError(`${th['plugin-oit'].chooseOrganisation} / ${en['plugin-oit'].chooseOrganisation}`, 400, undefined, true)
  }
  return found
}
