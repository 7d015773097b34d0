/**
 * What the public site reads is cached by Next.js and tagged by collection; a change in
 * the admin expires the tags of its collection once it commits (`revalidatePlugin` in
 * payload.config.ts), so the next visitor reads afresh. A change the server does not see
 * (a script, a restore) shows after `SITE_MAX_AGE` seconds at most.
 */
import { revalidateTag, unstable_cache } from 'next/cache'

import { expireSiteTags } from './cache-handler.mjs'

/** Seconds a cached read is kept at most, whatever happens. */
export const SITE_MAX_AGE = 300

export function siteTag(slug: string): string {
  return `site:${slug}`
}

/** `read()` cached under `key`, expired when any of `slugs` changes. */
export function cachedRead<T>(key: unknown[], slugs: string[], read: () => Promise<T>): Promise<T> {
  return unstable_cache(read, ['site', ...key.map((part) => JSON.stringify(part))], {
    tags: slugs.map(siteTag),
    revalidate: SITE_MAX_AGE,
  })()
}

/**
 * Expires the site's reads of these collections: through Next.js inside a request, or
 * straight in the memory cache outside one (a scheduled publish run by the job queue).
 */
export function expireSite(tags: string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      // No request: nothing of Next.js to tell, the entries are dropped below.
    }
  }
  expireSiteTags(tags)
}
