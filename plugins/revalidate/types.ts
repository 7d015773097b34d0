import type { PayloadRequest } from 'payload'

export interface RevalidatePluginConfig {
  /**
   * Collections whose changes a public site shows. A function receives each slug.
   * @default every collection
   */
  collections?: ((slug: string) => boolean) | string[]
  /**
   * Cache tags a change in a collection expires.
   * @default (slug) => [slug]
   */
  tagsFor?: (slug: string) => string[]
  /**
   * Expires the tags. Called only inside a Next.js request (a save through the admin,
   * REST or GraphQL); a script outside Next.js has no cache to expire.
   * @default next/cache `revalidateTag(tag, { expire: 0 })`: the next visit reads afresh
   */
  expire?: (tags: string[]) => void
  /**
   * Runs `work` once the request's transaction has committed, so that a visitor
   * between the write and the commit cannot put the old data back in the cache.
   * @default runs it at once
   */
  afterCommit?: (req: PayloadRequest, work: () => void) => Promise<void> | void
  /**
   * Turn the plugin off (keeps the config unchanged).
   * @default false
   */
  disabled?: boolean
}
