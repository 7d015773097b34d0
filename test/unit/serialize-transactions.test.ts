/**
 * The one-writer lock of the embedded database, on a stand-in adapter that records the
 * order of what happens: transactions and writes outside them never overlap.
 */
import { describe, expect, it, vi } from 'vitest'

import { inNewScope } from '../../src/db/operationScopes'
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

describe('a write of the operation that holds the lock joins it (operation scopes)', () => {
  it('a transaction begun inside the holder\'s scope joins it: the real commit is the last one', async () => {
    const { db, events } = wrapped({ waitMs: 50 })
    await inNewScope(async () => {
      const outer = await db.beginTransaction()
      const inner = await inNewScope(() => db.beginTransaction())
      expect(inner).toBe(outer)
      await inNewScope(() => db.updateOne({ label: 'outside its transaction' }))
      await db.commitTransaction(inner)
      expect(events).not.toContain('commit tx1')
      await db.commitTransaction(outer)
    })
    expect(events).toEqual(['begin tx1', 'write outside its transaction', 'commit tx1'])
  })

  it('a joined operation that rolls back makes the holder\'s commit a rollback and an error', async () => {
    const { db, events } = wrapped({ waitMs: 50 })
    await inNewScope(async () => {
      const outer = await db.beginTransaction()
      const inner = await inNewScope(() => db.beginTransaction())
      await db.rollbackTransaction(inner)
      await expect(db.commitTransaction(outer)).rejects.toMatchObject({ status: 500 })
    })
    expect(events).toEqual(['begin tx1', 'rollback tx1'])
    // The lock is free again.
    const next = await db.beginTransaction()
    await db.commitTransaction(next)
  })

  it('a sibling scope (or no scope) waits its turn instead of joining', async () => {
    const { db, events } = wrapped({ waitMs: 50 })
    let release!: () => void
    const holding = new Promise<void>((r) => (release = r))
    const first = inNewScope(async () => {
      const id = await db.beginTransaction()
      await holding
      await db.commitTransaction(id)
    })
    await tick()
    const sibling = inNewScope(() => db.beginTransaction())
    const loose = db.updateOne({ label: 'loose' })
    await tick()
    expect(events).toEqual(['begin tx1'])
    release()
    await first
    const siblingId = await sibling
    expect(siblingId).toBe('tx2')
    await db.commitTransaction(siblingId)
    await loose
    expect(events).toEqual(['begin tx1', 'commit tx1', 'begin tx2', 'commit tx2', 'write loose'])
  })
})
