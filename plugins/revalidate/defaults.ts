import { revalidateTag } from 'next/cache'

import type { RevalidatePluginConfig } from './types'

export type RevalidateSettings = Required<Omit<RevalidatePluginConfig, 'collections' | 'disabled' | 'share'>> & {
  share?: RevalidatePluginConfig['share']
  includes: (slug: string) => boolean
}

/** Every default of the plugin, in one place. */
export function resolveSettings(options: RevalidatePluginConfig): RevalidateSettings {
  const { collections } = options
  return {
    includes:
      typeof collections === 'function'
        ? collections
        : Array.isArray(collections)
          ? (slug) => collections.includes(slug)
          : () => true,
    tagsFor: options.tagsFor ?? ((slug) => [slug]),
    expire: options.expire ?? expireNow,
    afterCommit: options.afterCommit ?? ((_req, work) => work()),
    share: options.share,
  }
}

/** Expired, not marked stale: the next visitor waits for fresh data instead of seeing the old page. */
function expireNow(tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}
