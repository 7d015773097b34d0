import type { KVAdapter, KVAdapterResult, KVStoreValue, Payload } from 'payload'

import { databaseKVAdapter } from 'payload'

/**
 * Payload's key-value store made safe for several instances writing the same key at once.
 * Payload's database store sets a key by looking it up and then inserting or updating it
 * (`db.upsert`), so two processes that start together on a fresh database both insert the
 * same key (a hash the plugins keep at start-up), and the later one fails on the unique
 * index: one process of `npm start` stopped before serving. Here a `set` that fails while
 * the key now exists is made once more, as the update it has become; the value written
 * last is kept, as with one process.
 */
export function sharedKV(inner: KVAdapterResult = databaseKVAdapter()): KVAdapterResult {
  return {
    ...inner,
    init: (args) => retrySetOnce(inner.init(args), args.payload),
  }
}

/** The store itself (its class and every method kept), with a `set` that is made again once. */
function retrySetOnce(store: KVAdapter, payload: Payload): KVAdapter {
  const set = async (key: string, value: KVStoreValue) => {
    try {
      await store.set(key, value)
    } catch (error) {
      if (!(await store.has(key).catch(() => false))) throw error
      payload.logger.warn(`[instancesPlugin] key "${key}" was written by another instance at the same time: set again`)
      await store.set(key, value)
    }
  }
  return Object.assign(Object.create(store) as KVAdapter, { set })
}
