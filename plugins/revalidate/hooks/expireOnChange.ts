import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { RevalidateSettings } from '../defaults'

/**
 * After a save or delete commits, the public pages that read the collection are expired.
 * Every save, drafts included: a document taken back to draft must leave the site, and
 * telling a draft save from an unpublish is not worth a stale page. Other instances hear
 * of it through `share`, written in the same transaction.
 */
async function expire(settings: RevalidateSettings, slug: string, req: PayloadRequest) {
  await settings.share?.(req, settings.tagsFor(slug))
  return settings.afterCommit(req, () => {
    try {
      settings.expire(settings.tagsFor(slug))
    } catch (error) {
      // Outside a Next.js request (seed, backup, a job runner) there is no cache to expire.
      req.payload.logger.debug({ err: error, msg: `[revalidatePlugin] ${slug}: nothing to expire here` })
    }
  })
}

export function expireAfterChange(settings: RevalidateSettings, slug: string): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    await expire(settings, slug, req)
    return doc
  }
}

export function expireAfterDelete(settings: RevalidateSettings, slug: string): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    await expire(settings, slug, req)
    return doc
  }
}
