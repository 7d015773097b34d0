import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

const ids = new WeakMap<Payload, string>()

/** This instance's name in the signals it sends: one per Payload instance (a process has one, a test may have two). */
export function instanceId(payload: Payload): string {
  let id = ids.get(payload)
  if (!id) ids.set(payload, (id = randomUUID()))
  return id
}
