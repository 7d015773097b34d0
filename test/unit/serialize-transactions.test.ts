/**
 * The one-writer lock of the embedded database, on a stand-in adapter that records the
 * order of what happens: transactions and writes outside them never overlap.
 */
import { AsyncResource } from 'node:async_hooks'
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
    updateOne: async ({ label, req }: { label: string; req?: { transactionID?: string } }) =>
      void events.push(`write ${label}${req?.transactionID ? ` in ${req.transactionID}` : ''}`),
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

/**
 * A request of its own: a separate chain of calls, as two HTTP requests are. Made before
 * anything begins, so that it does not inherit the test's own chain.
 */
function newRequest() {
  const scope = new AsyncResource('request')
  return <T>(fn: () => Promise<T>): Promise<T> => scope.runInAsyncScope(fn)
}

describe('one writer at a time', () => {
  it('a second transaction and a write outside any transaction wait for the first to end', async () => {
    const [a, b, c] = [newRequest(), newRequest(), newRequest()]
    const { db, events } = wrapped()
    const first = await a(() => db.beginTransaction())
    const second = b(() => db.beginTransaction())
    const loose = c(() => db.updateOne({ label: 'loose' }))
    await db.updateOne({ label: 'inside', req: { transactionID: first } })
    await tick()
    expect(events).toEqual(['begin tx1', 'write inside in tx1'])
    await db.commitTransaction(first)
    const secondId = await second
    await db.rollbackTransaction(secondId)
    await loose
    expect(events).toEqual(['begin tx1', 'write inside in tx1', 'commit tx1', 'begin tx2', 'rollback tx2', 'write loose'])
  })

  it('refuses with 503 a save that waited too long, and the queue goes on', async () => {
    const [a, b, c] = [newRequest(), newRequest(), newRequest()]
    const { db } = wrapped({ waitMs: 20 })
    const first = await a(() => db.beginTransaction())
    await expect(b(() => db.beginTransaction())).rejects.toMatchObject({ status: 503 })
    await db.commitTransaction(first)
    const third = await c(() => db.beginTransaction())
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

describe('a request that holds the lock never waits for itself', () => {
  it("a write the request makes outside its own transaction runs inside it at once; another request's write still waits", async () => {
    const [a, b] = [newRequest(), newRequest()]
    const { db, events } = wrapped({ waitMs: 1_000 })
    const first = await a(async () => {
      const id = await db.beginTransaction()
      // Payload's forgot-password reservation: the request's own req, transaction cleared.
      await db.updateOne({ label: 'reservation', req: { transactionID: undefined } })
      await db.updateOne({ label: 'login attempts' })
      return id
    })
    const other = b(() => db.updateOne({ label: 'other request' }))
    await tick()
    expect(events).toEqual(['begin tx1', 'write reservation in tx1', 'write login attempts in tx1'])
    await db.commitTransaction(first)
    await other
    expect(events.at(-1)).toBe('write other request')
  })

  it('a transaction begun inside one the request holds joins it: no second transaction, no wait, one commit', async () => {
    const [a, b] = [newRequest(), newRequest()]
    const { db, events } = wrapped({ waitMs: 1_000 })
    await a(async () => {
      const outer = await db.beginTransaction()
      const inner = await db.beginTransaction()
      expect(inner).toBeNull()
      await db.updateOne({ label: 'nested', req: { transactionID: inner ?? undefined } })
      await db.commitTransaction(outer)
    })
    expect(events).toEqual(['begin tx1', 'write nested in tx1', 'commit tx1'])
    // The lock was released: the next request begins at once.
    const next = await b(() => db.beginTransaction())
    expect(next).toBe('tx2')
  })

  it('once its transaction has ended, the same chain of calls waits its turn like anyone', async () => {
    const [a, b] = [newRequest(), newRequest()]
    const { db, events } = wrapped({ waitMs: 1_000 })
    await a(async () => {
      await db.commitTransaction(await db.beginTransaction())
      const someoneElse = await b(() => db.beginTransaction())
      const late = db.updateOne({ label: 'late' })
      await tick()
      expect(events).toEqual(['begin tx1', 'commit tx1', 'begin tx2'])
      await db.commitTransaction(someoneElse)
      await late
    })
    expect(events).toEqual(['begin tx1', 'commit tx1', 'begin tx2', 'commit tx2', 'write late'])
  })
})
