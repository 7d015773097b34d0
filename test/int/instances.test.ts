/**
 * Several app instances on one database (plugins/instances, issue 20), on whatever
 * database the suite runs on. Two Payload instances in separate processes share only the
 * database, so what they tell each other is tested here through it:
 * - a signal is seen by others once its transaction commits, never after a rollback;
 * - each listener hears a signal once, and never its own instance's;
 * - a once-only claim has exactly one winner among racing callers;
 * - the job queue's tick runs on one caller only, so a scheduled publish happens once.
 * The same across two real `next start` processes: test/e2e/instances.test.ts.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { claimOnce, pollSignals, runQueueOnce, signal, tickOf } from '@prongsai/instances/utilities'
import { copyOfPublished } from '../helpers/documents'
import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
const SLUG = 'instance-signals' as const

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
}, 120_000)
afterAll(async () => t?.cleanup())

/** A signal as another instance would have sent it (origin not ours). */
async function fromAnother(channel: string, data: unknown) {
  return payload.create({
    collection: SLUG,
    data: { key: `signal:test-${Math.random()}`, channel, data, origin: 'another-instance' } as never,
    overrideAccess: true,
  })
}

/** Runs `work` in a transaction of its own request, committing or rolling back at the end. */
async function inTransaction(work: (req: PayloadRequest) => Promise<void>, outcome: 'commit' | 'rollback') {
  const req = await createLocalReq({}, payload)
  const id = await payload.db.beginTransaction()
  req.transactionID = id!
  await work(req)
  if (outcome === 'commit') await payload.db.commitTransaction(id!)
  else await payload.db.rollbackTransaction(id!)
}

describe('signals between instances', () => {
  it('a listener hears another instance\'s signal once, and a later poll hands it on no more', async () => {
    const heard = vi.fn()
    const listeners = payload.config.custom.instancesPlugin.listeners
    listeners['test-channel'] = heard
    try {
      await fromAnother('test-channel', { tags: ['site:news'] })
      expect(await pollSignals(payload)).toBeGreaterThanOrEqual(1)
      expect(heard).toHaveBeenCalledTimes(1)
      expect(heard.mock.calls[0]![0]).toEqual({ tags: ['site:news'] })
      await pollSignals(payload)
      expect(heard).toHaveBeenCalledTimes(1)
    } finally {
      delete listeners['test-channel']
    }
  })

  it('an instance does not hear its own signals (it acted on them itself, after the commit)', async () => {
    const heard = vi.fn()
    const listeners = payload.config.custom.instancesPlugin.listeners
    listeners['own-channel'] = heard
    try {
      await inTransaction((req) => signal(req, 'own-channel', { n: 1 }), 'commit')
      await pollSignals(payload)
      expect(heard).not.toHaveBeenCalled()
      const { totalDocs } = await payload.count({ collection: SLUG, where: { channel: { equals: 'own-channel' } } })
      expect(totalDocs).toBe(1)
    } finally {
      delete listeners['own-channel']
    }
  })

  it('a signal sent in a transaction that rolls back is never seen', async () => {
    await inTransaction((req) => signal(req, 'rolled-back', { n: 2 }), 'rollback')
    const { totalDocs } = await payload.count({ collection: SLUG, where: { channel: { equals: 'rolled-back' } } })
    expect(totalDocs).toBe(0)
  })

  it('a change to a public collection sends the site-expiry signal in its own transaction', async () => {
    const since = new Date().toISOString()
    await payload.create({ collection: 'laws', data: { title: 'กฎหมายทดสอบหลายเครื่อง', _status: 'draft' } as never, draft: true })
    const { docs } = await payload.find({
      collection: SLUG,
      where: { and: [{ channel: { equals: 'site-expired' } }, { createdAt: { greater_than_equal: since } }] },
      limit: 0,
    })
    expect(docs.map((d) => d.data)).toContainEqual({ tags: ['site:laws'] })
  })

  it('nobody reads or writes the signals through the API, signed in or not', async () => {
    const admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
    await expect(payload.find({ collection: SLUG, overrideAccess: false, user: admin })).rejects.toThrow()
    await expect(
      payload.create({ collection: SLUG, data: { key: 'x' } as never, overrideAccess: false, user: admin }),
    ).rejects.toThrow()
  })
})

describe('once-only claims', () => {
  it('of ten racing claims of one key exactly one wins, and the key stays taken', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => claimOnce(payload, 'race-1')))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await claimOnce(payload, 'race-1')).toBe(false)
    expect(await claimOnce(payload, 'race-2')).toBe(true)
  })

  it('instances a little apart agree on the tick; ticks a period apart differ', () => {
    const at = Date.parse('2026-12-07T10:00:00.000Z')
    expect(tickOf('* * * * *', at + 300)).toBe(tickOf('* * * * *', at - 400))
    expect(tickOf('* * * * *', at + 20_000)).toBe('2026-12-07T10:00:00.000Z')
    expect(tickOf('* * * * *', at + 60_000)).not.toBe(tickOf('* * * * *', at))
    expect(tickOf('*/5 * * * * *', at + 1_000)).toBe('2026-12-07T10:00:00.000Z')
    expect(tickOf('*/5 * * * * *', at + 5_000)).toBe('2026-12-07T10:00:05.000Z')
  })
})

describe('the job queue runs on one instance per tick', () => {
  it('a scheduled publish due now is run by exactly one of two instances ticking together', async () => {
    const law = await payload.create({
      collection: 'laws',
      data: { ...(await copyOfPublished(payload, 'laws', '(ตั้งเวลา)')), _status: 'draft' } as never,
      draft: true,
    })
    const admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]!
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'laws', value: String(law.id) },
        user: { relationTo: 'users', value: admin.id },
      } as never,
      waitUntil: new Date(Date.now() - 1000),
    })
    const now = Date.now()
    const ran = await Promise.all([runQueueOnce(payload, now), runQueueOnce(payload, now + 200)])
    expect(ran.filter(Boolean)).toHaveLength(1)
    // Done once: the job is gone (Payload deletes a completed job) and one publish is in the audit log.
    const left = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, limit: 0 })
    expect(left.docs.filter((j) => String((j.input as { doc?: { value?: unknown } })?.doc?.value) === String(law.id))).toEqual([])
    const entries = await payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'laws' } }, { documentId: { equals: String(law.id) } }] },
      limit: 0,
      depth: 0,
    })
    expect(entries.docs.filter((e) => e.action === 'publish'), JSON.stringify(entries.docs.map((e) => e.action))).toHaveLength(1)
    const published = await payload.findByID({ collection: 'laws', id: law.id, depth: 0 })
    expect(published._status).toBe('published')
    // The next tick is another tick: it may run (nothing is left to do).
    expect(await runQueueOnce(payload, now + 60_000)).toBe(true)
  })
})
