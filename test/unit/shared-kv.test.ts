import type { KVAdapter, KVAdapterResult, Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { sharedKV } from '@prongsai/instances/utilities'

/**
 * Payload's database store as two processes starting together see it: the first `set` of a
 * key another process has just inserted fails on the unique index; a second `set` finds the
 * row and updates it.
 */
function racingStore(): { result: KVAdapterResult; rows: Map<string, unknown>; attempts: string[] } {
  const rows = new Map<string, unknown>()
  const attempts: string[] = []
  const store: KVAdapter = {
    clear: async () => rows.clear(),
    delete: async (key) => void rows.delete(key),
    get: async <T,>(key: string) => (rows.get(key) as T) ?? null,
    has: async (key) => rows.has(key),
    keys: async () => [...rows.keys()],
    set: async (key, value) => {
      attempts.push(key)
      if (key.startsWith('raced') && attempts.filter((k) => k === key).length === 1) {
        rows.set(key, 'the other process')
        throw new Error('Value must be unique')
      }
      if (key.startsWith('broken')) throw new Error('the database is gone')
      rows.set(key, value)
    },
  }
  return { result: { init: () => store }, rows, attempts }
}

const warnings: string[] = []
const payload = { logger: { warn: (message: string) => warnings.push(message) } } as unknown as Payload
const init = (result: KVAdapterResult) => sharedKV(result).init({ payload })

describe('sharedKV', () => {
  it('a set that lost the race to insert a key is made again, as an update, and its value kept', async () => {
    const { result, rows, attempts } = racingStore()
    await init(result).set('raced-hash', 'mine')
    expect(rows.get('raced-hash')).toBe('mine')
    expect(attempts).toEqual(['raced-hash', 'raced-hash'])
    expect(warnings.at(-1)).toContain('raced-hash')
  })
  it('a set that failed with the key still absent is not retried: the error is the caller’s', async () => {
    const { result, attempts } = racingStore()
    await expect(init(result).set('broken', 1)).rejects.toThrow('the database is gone')
    expect(attempts).toEqual(['broken'])
  })
  it('passes every other call through, and keeps the store’s collection', async () => {
    const { result, rows } = racingStore()
    const kv = init(result)
    await kv.set('a', 1)
    expect(await kv.get('a')).toBe(1)
    expect(await kv.keys()).toEqual(['a'])
    await kv.delete('a')
    expect(rows.size).toBe(0)
    expect(sharedKV().kvCollection?.slug).toBe('payload-kv')
  })
})
