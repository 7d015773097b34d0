import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { instanceId } from './instanceId'
import { settingsOf } from './settingsOf'

/**
 * Tells the other instances something happened, in `req`'s transaction: they see it
 * once it commits, never before (a rolled-back change sends nothing).
 */
export async function signal(req: PayloadRequest, channel: string, data: unknown): Promise<void> {
  const { slug } = settingsOf(req.payload)
  await req.payload.create({
    collection: slug,
    data: { key: `signal:${randomUUID()}`, channel, data, origin: instanceId(req.payload) } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
}
