import type { Payload } from 'payload'

import { hostOf } from './hostOf'
import { TENANTS_SLUG } from './slugs'

/** How long a host's organisation is remembered (a changed domain reaches every instance within it). */
const REMEMBERED_MS = 60_000
/** Hosts remembered at most (any client may send any Host: the memory stays bounded). */
const REMEMBERED_HOSTS = 1_000
const remembered = new Map<string, { id: number | string | undefined; until: number }>()

/**
 * The organisation whose site answers on a host (its `domains`), or undefined when no
 * organisation has that host. Remembered for a minute per process.
 */
export async function organisationOfHost(payload: Payload, host: null | string | undefined): Promise<number | string | undefined> {
  const name = hostOf(host)
  if (!name) return undefined
  const known = remembered.get(name)
  if (known && known.until > Date.now()) return known.id
  const { docs } = await payload.find({
    collection: TENANTS_SLUG,
    where: { 'domains.host': { equals: name } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  const id = docs[0]?.id
  if (remembered.size >= REMEMBERED_HOSTS) remembered.clear()
  remembered.set(name, { id, until: Date.now() + REMEMBERED_MS })
  return id
}

/** Forgets every remembered host (an organisation's domains changed in this process). */
export function forgetHosts(): void {
  remembered.clear()
}
