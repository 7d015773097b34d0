import type { KVAdapter, KVAdapterResult, KVStoreValue } from 'payload'

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
    init: (args) => retrySetOnce(inner.init(args)),
  }
}

function retrySetOnce(store: KVAdapter): KVAdapter {
  return {
    clear: () => store.clear(),
    delete: (key) => store.delete(key),
    get: (key) => store.get(key),
    has: (key) => store.has(key),
    keys: () => store.keys(),
    set: async (key: string, value: KVStoreValue) => {
      try {
        await store.set(key, value)
      } catch (error) {
        if (!(await store.has(key).catch(() => false))) throw error
        await store.set(key, value)
      }
    },
  }
}
