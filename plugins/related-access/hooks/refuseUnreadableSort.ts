import type { Collection, CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { APIError, getLocalizedPaths } from 'payload'

import type { RelatedAccessSettings } from '../defaults'

const HOPS = new Set(['join', 'relationship', 'upload'])

/** The collections a sort path reaches through a relationship, upload or join (none for a field of its own). */
function relatedCollectionsOf(req: PayloadRequest, collection: SanitizedCollectionConfig, path: string): string[] {
  const resolve = (incomingPath: string) =>
    getLocalizedPaths({
      collectionSlug: collection.slug,
      fields: collection.flattenedFields,
      incomingPath,
      locale: req.locale ?? undefined,
      overrideAccess: true,
      payload: req.payload,
    })
  let paths = resolve(path)
  // A versions query names the document's fields under `version.`.
  if (paths.some((p) => p.invalid) && path.startsWith('version.')) paths = resolve(path.slice('version.'.length))
  if (paths.some((p) => p.invalid)) return []
  // `relation.id` sorts by the relationship's own value, as `relation` does.
  if (paths.length > 1 && paths.at(-1)!.path === 'id') paths = paths.slice(0, -1)
  return paths.flatMap((p, i) =>
    i > 0 && p.collectionSlug && HOPS.has(paths[i - 1]!.field?.type ?? '') ? [p.collectionSlug] : [],
  )
}

/**
 * Sorting by a field of related documents orders the caller's results by values of
 * documents the caller may not read (another division's draft executive's name, say):
 * Payload 3.90.2 checks only the field's read permission for a sort, not the related
 * collection's read constraint. Such a sort is allowed only when the caller may read the
 * whole related collection; otherwise it is a 400 naming the path.
 */
export const refuseUnreadableSort =
  (settings: RelatedAccessSettings): CollectionBeforeOperationHook =>
  async ({ args, collection, req }) => {
    const { overrideAccess, sort } = args as { overrideAccess?: boolean; sort?: string | string[] }
    if (overrideAccess || !sort) return args
    const paths = (Array.isArray(sort) ? sort : String(sort).split(','))
      .map((s) => s.trim().replace(/^-/, '').replace(/__/g, '.'))
      .filter(Boolean)
    for (const path of paths) {
      for (const slug of relatedCollectionsOf(req, collection, path)) {
        const read = (req.payload.collections as Record<string, Collection | undefined>)[slug]?.config.access.read
        const access = read ? await read({ req }) : false
        if (access !== true) {
          throw new APIError(settings.message('sortThroughUnreadable', path), 400, [{ path }], true)
        }
      }
    }
    return args
  }
