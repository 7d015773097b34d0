import type { Payload } from 'payload'

import { instanceId } from './instanceId'
import { settingsOf } from './settingsOf'

/**
 * Payload's error for a value a unique index refuses, whatever the adapter: a 400 naming
 * the collection and the field `key`. Told by its shape, not its class name (a production
 * build renames classes).
 */
function isDuplicate(error: unknown, slug: string): boolean {
  const e = error as { status?: number; data?: { collection?: string; errors?: { path?: string }[] } }
  return e?.status === 400 && e.data?.collection === slug && (e.data.errors ?? []).some((entry) => entry.path === 'key')
}

/**
 * True for exactly one caller per key across every instance on the database: a create
 * that the unique `key` lets only one instance win. Its own transaction, never the caller's.
 */
export async function claimOnce(payload: Payload, key: string): Promise<boolean> {
  const { slug } = settingsOf(payload)
  try {
    await payload.create({
      collection: slug,
      data: { key: `claim:${key}`, origin: instanceId(payload) } as never,
      overrideAccess: true,
      depth: 0,
    })
    return true
  } catch (error) {
    if (isDuplicate(error, slug)) return false
    throw error
  }
}
