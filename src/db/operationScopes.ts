/**
 * Which operation a database call belongs to, so that the one-writer lock
 * (`serializeTransactions.ts`) can tell "a write of the request that holds the lock" from
 * "a write of another request".
 *
 * Every entry point runs in a scope of its own: each REST route (collections, globals, the
 * root endpoints), the GraphQL endpoint, each admin server function, and each Local API
 * call (`payload.create`, `payload.jobs.queue`, …). A scope remembers the scope it was
 * opened in, so a Local API call made inside a hook of a REST request is a child of that
 * request; two requests, two jobs run side by side, or two calls of one `Promise.all` are
 * siblings and never each other's ancestor. The scope is carried by AsyncLocalStorage
 * `run` (never `enterWith`, which would leak into whatever runs next on the same chain).
 *
 * The storage is one per process (a `Symbol.for` key), however often Next.js bundles
 * this module.
 */
import type { Endpoint, Payload, SanitizedConfig } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

/** One entry point's operation; `parent` is the scope it was opened in. */
export interface OperationScope {
  readonly parent: OperationScope | undefined
}

const KEY = Symbol.for('prongsai.operationScopes')
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??= new AsyncLocalStorage<OperationScope>()) as AsyncLocalStorage<OperationScope>

/** The scope the calling code runs in, if any. */
export const currentScope = (): OperationScope | undefined => store.getStore()

/** Runs `fn` in a new scope, a child of the current one. */
export function inNewScope<T>(fn: () => T): T {
  return store.run({ parent: store.getStore() }, fn)
}

/** Whether `scope` is `owner` or was opened, at any depth, inside it. */
export function isWithin(scope: OperationScope | undefined, owner: OperationScope | undefined): boolean {
  if (!owner) return false
  for (let s = scope; s; s = s.parent) if (s === owner) return true
  return false
}

/** Wraps a function so that every call of it runs in a new scope. */
export function scoped<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args) => inNewScope(() => fn(...args))
}

/** Local API operations that may write (and so begin a transaction). */
const LOCAL_WRITES = [
  'create',
  'delete',
  'duplicate',
  'forgotPassword',
  'login',
  'resetPassword',
  'restoreGlobalVersion',
  'restoreVersion',
  'unlock',
  'update',
  'updateGlobal',
  'verifyEmail',
] as const

/**
 * Opens a scope around every REST route of the sanitized config and every Local API
 * write of `payload` (jobs included). Called once, when the database adapter starts.
 */
export function scopeEntryPoints(payload: Payload): void {
  const api = payload as unknown as Record<string, unknown>
  for (const name of LOCAL_WRITES) {
    const fn = api[name]
    if (typeof fn === 'function') api[name] = scoped(fn.bind(payload))
  }
  const jobs = payload.jobs as unknown as Record<string, unknown> | undefined
  for (const [name, fn] of Object.entries(jobs ?? {})) {
    if (typeof fn === 'function') jobs![name] = scoped(fn.bind(jobs))
  }
  if (payload.config) scopeEndpoints(payload.config)
}

const SCOPED = Symbol.for('prongsai.scopedEndpoint')

function scopeEndpoints(config: SanitizedConfig): void {
  const wrap = (endpoints: readonly Endpoint[] | false | undefined) => {
    if (!Array.isArray(endpoints)) return
    for (const endpoint of endpoints) {
      const marked = endpoint as Endpoint & { [SCOPED]?: true }
      if (marked[SCOPED]) continue
      marked.handler = scoped(endpoint.handler) as Endpoint['handler']
      marked[SCOPED] = true
    }
  }
  for (const collection of config.collections) wrap(collection.endpoints)
  for (const global of config.globals) wrap(global.endpoints)
  wrap(config.endpoints)
}
