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
   * Tells other instances of the app which tags a change expires. Called in the change's
   * own transaction (before the commit), so that they hear of it exactly when it commits;
   * each of them then expires the tags in its own cache.
   * @default undefined (one instance: nothing to tell)
   */
  share?: (req: PayloadRequest, tags: string[]) => Promise<void> | void
  /**
   * Turn the plugin off (keeps the config unchanged).
   * @default false
   */
  disabled?: boolean
}
