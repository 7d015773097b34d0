/**
 * `relatedAccessPlugin`: a query that goes through a relationship, upload or join tests
 * only the related documents the caller may read, whatever its flags. Payload 3.90.2 does
 * this for a `where` without `draft`, but drops it with `draft: true`
 * (hooks/scopeDraftWhere.ts), and never does it for a `sort` (hooks/refuseUnreadableSort.ts).
 * Generic: it knows nothing of the app's access rules, it applies each collection's own.
 */
import type { CollectionConfig, Config } from 'payload'

import { resolveSettings } from './defaults'
import { refuseUnreadableSort } from './hooks/refuseUnreadableSort'
import { scopeDraftWhere } from './hooks/scopeDraftWhere'
import type { RelatedAccessPluginConfig } from './types'

export type { RelatedAccessPluginConfig } from './types'

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

export const relatedAccessPlugin =
  (options: RelatedAccessPluginConfig = {}) =>
  (config: Config): Config => {
    const settings = resolveSettings(options)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          // First: later hooks, and the operation, see the query that will run.
          beforeOperation: [
            refuseUnreadableSort(settings),
            ...(hasDrafts(collection) ? [scopeDraftWhere] : []),
            ...(collection.hooks?.beforeOperation ?? []),
          ],
        },
      })),
    }
  }
