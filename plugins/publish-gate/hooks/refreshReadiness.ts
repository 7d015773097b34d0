import type { Payload } from 'payload'

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
          data: { ...doc, [field]: ready },
        })
        changed++
      }
      if (!hasNextPage) break
    }
    const collection = (payload.collections as Record<string, { config: { versions?: unknown } } | undefined>)[slug]
      ?.config
    if (!collection?.versions) continue
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
        await payload.db.updateVersion({
          collection: slug as never,
          id,
          versionData: { ...rest, version: { ...version, [field]: ready } } as never,
        })
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
