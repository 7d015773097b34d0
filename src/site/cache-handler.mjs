/**
 * Next.js's cache for the public site's reads, kept in this process's memory only.
 *
 * Next's default keeps cached reads on disk in `.next/cache` across restarts and builds:
 * after a restore, a change of DATABASE_URI or a fresh database, the site would show the
 * old data until each entry aged out. In memory, a restart always starts from the
 * database. Entries are tagged by collection and dropped when a change expires a tag
 * (`revalidatePlugin`), or when older than their `revalidate` (then read afresh, not
 * served stale); the least recently used go first beyond SITE_CACHE_MAX_ENTRIES.
 *
 * The entries live on `globalThis` under a registered symbol, so that a change made
 * outside a Next.js request (a scheduled publish run by Payload's job queue in this same
 * process) can expire them too: `expireSiteTags(tags)`.
 *
 * One process holds one cache: with several instances behind a load balancer, a change
 * expires the cache of the instance that saved it, and the others catch up within the
 * reads' `revalidate` (5 minutes); such a deployment wants a shared handler instead.
 */
const STORE = Symbol.for('prongsai.siteCache')
const configured = process.env.SITE_CACHE_MAX_ENTRIES?.trim()
const MAX_ENTRIES = configured ? Number(configured) : 5000
const DEFAULT_MAX_AGE_MS = 300_000

/** @returns {Map<string, { value: any, lastModified: number, expiresAt: number, tags: string[] }>} */
function entries() {
  globalThis[STORE] ??= new Map()
  return globalThis[STORE]
}

/** Drops every entry carrying one of `tags`. Works in or out of a Next.js request. */
export function expireSiteTags(tags) {
  const expired = new Set([tags].flat())
  for (const [key, entry] of entries()) {
    if (entry.tags.some((tag) => expired.has(tag))) entries().delete(key)
  }
}

export default class MemoryCacheHandler {
  constructor(options) {
    this.options = options
  }

  async get(key) {
    const entry = entries().get(key)
    if (!entry) return null
    if (Date.now() >= entry.expiresAt) {
      entries().delete(key)
      return null
    }
    // Most recently used last, so that the least recently used are dropped first.
    entries().delete(key)
    entries().set(key, entry)
    return entry
  }

  async set(key, data, ctx) {
    entries().delete(key)
    if (data === null || data === undefined) return
    const revalidate = typeof data?.revalidate === 'number' ? data.revalidate : ctx?.revalidate
    const maxAge = typeof revalidate === 'number' && revalidate > 0 ? revalidate * 1000 : DEFAULT_MAX_AGE_MS
    const now = Date.now()
    const tags = [...new Set([...(ctx?.tags ?? []), ...(data?.tags ?? [])])]
    entries().set(key, { value: data, lastModified: now, expiresAt: now + maxAge, tags })
    while (entries().size > MAX_ENTRIES) entries().delete(entries().keys().next().value)
  }

  async revalidateTag(tags) {
    expireSiteTags(tags)
  }

  resetRequestCache() {}
}
