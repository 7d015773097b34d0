/**
 * `revalidatePlugin`: a public site built on Next.js caches what it reads; a change in
 * the admin (publish, unpublish, edit, delete, on any API) expires the cache tags of its
 * collection, once the change has committed.
 */
import type { Config } from 'payload'

import { resolveSettings } from './defaults'
import { expireAfterChange, expireAfterDelete } from './hooks/expireOnChange'
import type { RevalidatePluginConfig } from './types'

export type { RevalidatePluginConfig } from './types'

export const revalidatePlugin =
  (options: RevalidatePluginConfig = {}) =>
  (config: Config): Config => {
    if (options.disabled) return config
    const settings = resolveSettings(options)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        settings.includes(collection.slug)
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), expireAfterChange(settings, collection.slug)],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), expireAfterDelete(settings, collection.slug)],
              },
            }
          : collection,
      ),
    }
  }
