import type { Payload } from 'payload'

import type { OitCustomConfig } from '../types'
import type { OrganisationId } from './scope'

/**
 * The origin of one organisation's public site for the links a status carries (the ITAS
 * sheet, the public index, reminders): `siteUrl` (configured, or the request's) with the host
 * the plugin's `organisations.siteHost` gives for it, keeping the scheme and port; `siteUrl`
 * itself when it gives none (one organisation, or none set).
 */
export async function siteUrlOf(payload: Payload, organisation: OrganisationId | undefined, siteUrl: string): Promise<string> {
  const siteHost = (payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations?.siteHost
  if (!siteHost || organisation === undefined || !siteUrl) return siteUrl
  const host = await siteHost(payload, organisation)
  if (!host) return siteUrl
  try {
    const url = new URL(siteUrl)
    url.hostname = host
    return url.origin
  } catch {
    return siteUrl
  }
}
