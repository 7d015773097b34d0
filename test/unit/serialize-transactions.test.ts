/**
 * The one-writer lock of the embedded database, on a stand-in adapter that records the
 * order of what happens: transactions and writes outside them never overlap.
 */
import { describe, expect, it, vi } from 'vitest'

import { serializeTransactions } from '../../src/db/serializeTransactions'

function fakeAdapter() {
  const events: string[] = []
  let next = 0
  const adapter = {
    beginTransaction: async () => {
      const id = `tx${++next}`
      events.push(`begin ${id}`)
      return id
    },
    commitTransaction: async (id: string) => void events.push(`commit ${id}`),
    rollbackTransaction: async (id: string) => void events.push(`rollback ${id}`),
    updateOne: async ({ label }: { label: string }) => void events.push(`write ${label}`),
  }
  const payload = { logger: { error: vi.fn() } }
  return { events, payload, adapter }
}

function wrapped(options?: Parameters<typeof serializeTransactions>[1]) {
  const fake = fakeAdapter()
  const result = serializeTransactions({ defaultIDType: 'number', init: () => fake.adapter as never, name: 'fake' } as never, options)
  const db = result.init({ payload: fake.payload as never }) as unknown as typeof fake.adapter & {
    updateOne: (args: { label: string; req?: { transactionID?: string } }) => Promise<void>
  }
  return { ...fake, db }
}

const tick = () => new Promise((r) => setTimeout(r, 5))

describe('one writer at a time', () => {
  it('a second transaction and a write outside any transaction wait for the first to end', async () => {
    const { db, events } = wrapped()
    const first = await db.beginTransaction()
    const second = db.beginTransaction()
    const loose = db.updateOne({ label: 'loose' })
    await db.updateOne({ label: 'inside', req: { transactionID: first } })
    await tick()
    expect(events).toEqual(['begin tx1', 'write inside'])
    await db.commitTransaction(first)
    const secondId = await second
    await db.rollbackTransaction(secondId)
    await loose
    expect(events).toEqual(['begin tx1', 'write inside', 'commit tx1', 'begin tx2', 'rollback tx2', 'write loose'])
  })

  it('refuses with 503 a save that waited too long, and the queue goes on', async () => {
    const { db } = wrapped({ waitMs: 20 })
    const first = await db.beginTransaction()
    await expect(db.beginTransaction()).rejects.toMatchObject({ status: 503 })
    await db.commitTransaction(first)
    const third = await db.beginTransaction()
    await db.commitTransaction(third)
  })

  it('rolls back a transaction that holds the lock too long; its late commit fails', async () => {
    const { db, events, payload } = wrapped({ holdMs: 20 })
    const forgotten = await db.beginTransaction()
    await new Promise((r) => setTimeout(r, 40))
    expect(events).toContain(`rollback ${forgotten}`)
    expect(payload.logger.error).toHaveBeenCalled()
    await db.updateOne({ label: 'after' })
    await expect(db.commitTransaction(forgotten)).rejects.toMatchObject({ status: 503 })
  })
})
