/**
 * `uploadVisibilityPlugin`: a file is public only while a published document uses it.
 * Each upload collection gets a stored, read-only flag (`public`), true iff some document
 * visitors may read (published where the collection has drafts, not in the trash)
 * references the file through an upload or relationship field at any depth (groups, tabs,
 * arrays, blocks; rich-text uploads are not followed). It is kept in the referencing
 * collections' afterChange/afterDelete hooks, in the same transaction, and set again at
 * start-up when the references change. Give the upload collection
 * `read: publicFilesOrAuthenticated()`: visitors then list, populate and download public
 * files only (Payload's static file route checks that access with the file name).
 * `fileUses` tells which documents (stored rows and latest drafts) use which files, for
 * access rules and workflows that depend on it.
 */
import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import { type Referrer, type UploadVisibilitySettings, withDefaults } from './defaults'
import { flagField } from './field'
import { noteStoredFiles } from './hooks/noteStoredFiles'
import { refreshAfterChange } from './hooks/refreshAfterChange'
import { refreshAfterDelete } from './hooks/refreshAfterDelete'
import { referencePaths } from './references'
import { refreshAllFiles } from './refresh'
import type { UploadVisibilityPluginConfig } from './types'
import { SETTINGS_KEY } from './uses'

export { publicFilesOrAuthenticated } from './access'
export { DEFAULT_FIELD_NAME } from './defaults'
export type { FileId } from './references'
export type { UploadVisibilityPluginConfig } from './types'
export { type FileUse, type FileUses, fileUses } from './uses'

const NAME = 'uploadVisibilityPlugin'

/** Names of the fields at a collection's top level (rows, collapsibles and unnamed tabs opened). */
function topLevelNames(fields: readonly Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible') return topLevelNames(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : topLevelNames(tab.fields)))
    return 'name' in field && field.name ? [field.name] : []
  })
}

export const uploadVisibilityPlugin =
  (options: UploadVisibilityPluginConfig = {}): Plugin =>
  (incoming: Config): Config => {
    if (options.disabled) return incoming
    const base = withDefaults(options)
    const collections = incoming.collections ?? []
    const bySlug = new Map(collections.map((c) => [c.slug, c]))

    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(base.fieldName)) {
      throw new Error(`[${NAME}] fieldName "${base.fieldName}" is not a valid field name`)
    }
    for (const slug of options.collections ?? []) {
      if (!bySlug.has(slug)) throw new Error(`[${NAME}] no collection "${slug}"`)
      if (!bySlug.get(slug)!.upload) throw new Error(`[${NAME}] "${slug}" is not an upload collection`)
    }
    if (Array.isArray(options.referrers)) {
      for (const slug of options.referrers) {
        if (!bySlug.has(slug)) throw new Error(`[${NAME}] no referrer collection "${slug}"`)
      }
    }
    const uploads =
      options.collections ?? collections.filter((c) => c.upload && !c.slug.startsWith('payload-')).map((c) => c.slug)
    if (uploads.length === 0) return incoming
    for (const slug of uploads) {
      const collection = bySlug.get(slug)!
      if (hasDraftsEnabled(collection)) {
        throw new Error(`[${NAME}] "${slug}" has drafts: the flag of an upload collection with drafts is not supported`)
      }
      if (topLevelNames(collection.fields).includes(base.fieldName)) {
        throw new Error(`[${NAME}] "${slug}" already has a field "${base.fieldName}": choose another fieldName`)
      }
    }

    const chosen = options.referrers
    const counts = (slug: string) =>
      !slug.startsWith('payload-') &&
      !uploads.includes(slug) &&
      (typeof chosen === 'function' ? chosen(slug) : Array.isArray(chosen) ? chosen.includes(slug) : true)
    const targets = new Set(uploads)
    const lookup = (slug: string) => incoming.blocks?.find((block) => block.slug === slug)
    const referrers: Referrer[] = collections
      .filter((c) => counts(c.slug))
      .map((c) => ({ slug: c.slug, paths: referencePaths(c.fields, targets, lookup) }))
      .filter((r) => r.paths.size > 0)
    const settings: UploadVisibilitySettings = { ...base, uploads, referrers }
    const referrerSlugs = new Set(referrers.map((r) => r.slug))

    return {
      ...incoming,
      // Read by `fileUses` (server-only: Payload never sends `custom` to the browser).
      custom: { ...incoming.custom, [SETTINGS_KEY]: settings },
      collections: collections.map((collection): CollectionConfig => {
        if (uploads.includes(collection.slug)) {
          return { ...collection, fields: [...collection.fields, flagField(settings)] }
        }
        if (!referrerSlugs.has(collection.slug)) return collection
        const hooks = collection.hooks ?? {}
        return {
          ...collection,
          hooks: {
            ...hooks,
            beforeChange: [...(hooks.beforeChange ?? []), noteStoredFiles(settings)],
            afterChange: [...(hooks.afterChange ?? []), refreshAfterChange(settings)],
            afterDelete: [...(hooks.afterDelete ?? []), refreshAfterDelete(settings)],
          },
        }
      }),
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (settings.refreshOnInit) await refreshAllFiles(payload, settings)
      },
    }
  }
