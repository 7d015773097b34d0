/**
 * The public site's only way to the data: the Local API as an anonymous visitor
 * (`overrideAccess: false`, no user), so it reads exactly what the public API gives and
 * cannot show a draft even by mistake.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export function sitePayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Options every public read passes: access checked, as nobody. */
export const ANONYMOUS = { overrideAccess: false, user: null, draft: false } as const
