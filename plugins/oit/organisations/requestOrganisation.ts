import { APIError, type PayloadRequest } from 'payload'

import type { OitCustomConfig } from '../types'
import type { OrganisationId } from './scope'

/** Whether documents belong to organisations (the plugin's `organisations` option is set). */
export function hasOrganisations(req: Pick<PayloadRequest, 'payload'>): boolean {
  return Boolean((req.payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations)
}

/**
 * The organisation a request is about (the plugin's `organisations.of`), or undefined: in a
 * single-organisation deployment, or when the request names none (see {@link hasOrganisations}).
 */
export async function requestOrganisation(req: PayloadRequest): Promise<OrganisationId | undefined> {
  const organisations = (req.payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations
  if (!organisations) return undefined
  return (await organisations.of(req)) ?? undefined
}

/** The 400 of a status or export request that names no organisation where documents belong to several. */
export function noOrganisationResponse(req: PayloadRequest): Response {
  return Response.json(
    { errors: [{ message: req.t('plugin-oit:chooseOrganisation' as never) }] },
    { status: 400 },
  )
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
    const message = given.req?.t
      ? given.req.t('plugin-oit:chooseOrganisation' as never)
      : 'เลือกองค์กรก่อน / Choose an organisation first'
    throw new APIError(message, 400, undefined, true)
  }
  return found
}
