import type { Payload } from 'payload'

import { instanceId } from './instanceId'
import { settingsOf } from './settingsOf'

/**
 * How far back a poll looks, in seconds: a signal becomes visible when its transaction
 * commits, but carries the time it was written; a commit later than this after the
 * write, or clocks further apart, is missed (the listener's own safety net applies).
 */
const WINDOW_SECONDS = 60

const seen = new WeakMap<Payload, Map<string | number, number>>()

/**
 * Reads the signals other instances sent since the last poll and hands each, once, to its
 * channel's listener. Returns how many were handed on.
 */
export async function pollSignals(payload: Payload, now = Date.now()): Promise<number> {
  const settings = settingsOf(payload)
  const window = Math.min(WINDOW_SECONDS, settings.keepSeconds)
  const handled = seen.get(payload) ?? new Map<string | number, number>()
  seen.set(payload, handled)
  const { docs } = await payload.find({
    collection: settings.slug,
    where: {
      and: [
        { channel: { exists: true } },
        { origin: { not_equals: instanceId(payload) } },
        { createdAt: { greater_than: new Date(now - window * 1000).toISOString() } },
      ],
    },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let count = 0
  for (const doc of docs as unknown as { id: string | number; channel: string; data: unknown }[]) {
    if (handled.has(doc.id)) continue
    handled.set(doc.id, now)
    const listener = settings.listeners[doc.channel]
    if (!listener) continue
    try {
      await listener(doc.data, payload)
      count++
    } catch (error) {
      payload.logger.error({ err: error, msg: `[instancesPlugin] listener of "${doc.channel}" failed` })
    }
  }
  for (const [id, at] of handled) if (at < now - window * 2000) handled.delete(id)
  return count
}

/** Deletes signals and claims older than `keepSeconds` (any instance may; deleting twice is harmless). */
export async function pruneSignals(payload: Payload, now = Date.now()): Promise<void> {
  const settings = settingsOf(payload)
  await payload.delete({
    collection: settings.slug,
    where: { createdAt: { less_than: new Date(now - settings.keepSeconds * 1000).toISOString() } },
    overrideAccess: true,
    depth: 0,
  })
}
