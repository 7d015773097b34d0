import type { PayloadRequest } from 'payload'

import { siteOrigin } from '@prongsai/shared/siteOrigin'
import type { OitCustomConfig } from '../types'

/**
 * Origin of the public site for the links of one request: the plugin's `siteUrl` (or the
 * config's `serverURL`) when set, else the origin the request came to, else the last one
 * a signed-in user came to; '' (links stay relative) when nothing is known.
 */
export function siteUrlFor(
  req: Pick<PayloadRequest, 'payload'> & Partial<Pick<PayloadRequest, 'headers' | 'url' | 'user'>>,
): string {
  const custom = req.payload.config.custom?.oit as OitCustomConfig | undefined
  // Only a signed-in user's origin is kept for the reminders: a visitor may send any Host.
  return siteOrigin(custom?.siteUrl || req.payload.config.serverURL, req, { remember: Boolean(req.user) }) ?? ''
}
