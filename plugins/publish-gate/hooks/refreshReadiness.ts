import type { Payload, SanitizedCollectionConfig } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import { createHash } from 'node:crypto'

import type { GateSettings } from '../defaults'
import { evaluate } from '../engine/evaluate'

const KEY = 'publish-gate:rules-hash'
const BATCH = 200

/** A fingerprint of everything that decides a verdict: the rule sets and the custom check names. */
export function rulesHash(settings: GateSettings): string {
  const data = { collections: settings.collections, custom: Object.keys(settings.customChecks).sort() }
  return createHash('sha256').update(JSON.stringify(data)).digest('hex')
}

/**
 * At start-up: when the rules changed since the last run (a framework file edited, a year
 * added), every stored `readiness` is judged again, on published documents and on the
 * latest draft of each, so that list filters and dashboards agree with the checklist.
 * Straight through the adapter: no hooks, no new versions, nothing but that one field.
 * Returns how many stored verdicts changed (0 when the rules did not).
 */
export async function refreshReadiness(payload: Payload, settings: GateSettings): Promise<number> {
  const hash = rulesHash(settings)
  if ((await payload.kv.get<string>(KEY)) === hash) return 0
  const field = settings.readinessField
  let changed = 0
  for (const [slug, sets] of Object.entries(settings.collections)) {
    const verdict = (doc: Record<string, unknown>) =>
      evaluate(sets, doc, settings.customChecks).complete ? 'ready' : 'incomplete'
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.find<Record<string, unknown>>({
        collection: slug as never,
        limit: BATCH,
        page,
        pagination: true,
        sort: 'id',
      })
      for (const doc of docs) {
        const ready = verdict(doc)
        if (doc[field] === ready) continue
        await payload.db.updateOne({
          collection: slug as never,
          id: doc.id as number | string,
          // That one field only: a single UPDATE, arrays and relationships untouched.
          // …and the document's own updatedAt kept: re-judging is not an edit.
          data: { [field]: ready, updatedAt: doc.updatedAt },
        })
        changed++
      }
      if (!hasNextPage) break
    }
    const collection = (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]
      ?.config
    // Only drafts mark a latest version; without them the document row is the verdict.
    if (!collection || !hasDraftsEnabled(collection)) continue
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.findVersions<Record<string, unknown>>({
        collection: slug as never,
        where: { latest: { equals: true } },
        limit: BATCH,
        page,
        pagination: true,
        sort: 'id',
      })
      for (const { id, version, ...rest } of docs as unknown as {
        id: number | string
        version: Record<string, unknown>
      }[]) {
        const ready = verdict(version)
        if (version[field] === ready) continue
        // A version is written whole: in a transaction, so that a stop half-way loses nothing.
        const req = await createLocalReq({}, payload)
        await initTransaction(req)
        try {
          await payload.db.updateVersion({
            collection: slug as never,
            id,
            versionData: { ...rest, version: { ...version, [field]: ready } } as never,
            req,
          })
          await commitTransaction(req)
        } catch (error) {
          await killTransaction(req)
          throw error
        }
        changed++
      }
      if (!hasNextPage) break
    }
  }
  await payload.kv.set(KEY, hash)
  if (changed)
    payload.logger.info(`[publishGatePlugin] rules changed: ${changed} stored readiness verdict(s) judged again`)
  return changed
}
