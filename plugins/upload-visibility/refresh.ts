import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { UploadVisibilitySettings } from './defaults'
import type { FileRefs } from './references'
import { collectionConfig, filesOf, topLevelSelectOf, visibleWhere } from './visibility'

const KEY = 'upload-visibility:fingerprint'
const BATCH = 200

/** Everything the flags depend on besides the data: which fields reference files, and what visitors read. */
export function fingerprint(payload: Payload, settings: UploadVisibilitySettings): string {
  const data = {
    field: settings.fieldName,
    uploads: settings.uploads,
    referrers: settings.referrers.map((r) => ({
      slug: r.slug,
      paths: [...r.paths],
      visible: visibleWhere(collectionConfig(payload, r.slug)),
    })),
  }
  return createHash('sha256').update(JSON.stringify(data)).digest('hex')
}

/**
 * At start-up, when the fingerprint differs from the last run's (the first run on an
 * existing database, a new reference field, drafts or trash switched on): every file's
 * flag is set again from the visible documents. Straight through the adapter, a page at
 * a time. Returns how many flags changed (0 when nothing had to be done).
 */
export async function refreshAllFiles(payload: Payload, settings: UploadVisibilitySettings): Promise<number> {
  const hash = fingerprint(payload, settings)
  if ((await payload.kv.get<string>(KEY)) === hash) return 0
  const referenced: FileRefs = new Map()
  for (const referrer of settings.referrers) {
    const config = collectionConfig(payload, referrer.slug)
    if (!config) continue
    const visible = visibleWhere(config)
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.find({
        collection: referrer.slug as never,
        where: visible.length ? { and: visible } : undefined,
        select: topLevelSelectOf(settings, referrer.slug),
        limit: BATCH,
        page,
        pagination: true,
        sort: 'id',
      })
      for (const doc of docs) filesOf(payload, settings, config, doc, referenced)
      if (!hasNextPage) break
    }
  }
  const field = settings.fieldName
  let changed = 0
  for (const upload of settings.uploads) {
    const ids = new Set([...(referenced.get(upload) ?? [])].map(String))
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.find<Record<string, unknown>>({
        collection: upload as never,
        select: { [field]: true, updatedAt: true },
        limit: BATCH,
        page,
        pagination: true,
        sort: 'id',
      })
      for (const doc of docs) {
        const value = ids.has(String(doc.id))
        if (Boolean(doc[field]) === value) continue
        // That one field, and the file's own updatedAt kept.
        await payload.db.updateOne({
          collection: upload as never,
          id: doc.id as number | string,
          data: { [field]: value, updatedAt: doc.updatedAt },
        })
        changed++
      }
      if (!hasNextPage) break
    }
  }
  await payload.kv.set(KEY, hash)
  return changed
}
