/**
 * Makes a save or delete fail after the database has been written, on demand: a request
 * with the header `x-test-fail: after-write` (and optionally `x-test-fail-id: <id>`, for
 * that document only) reaches the collection's after-hooks and throws there, the way a real hook can (a notification that fails, a bug). Installed at
 * run time on the booted Payload, so the app's config stays free of test code.
 */
import type { Payload } from 'payload'

export const FAIL_AFTER_WRITE = { 'x-test-fail': 'after-write' }

export class InjectedFault extends Error {
  override name = 'InjectedFault'
}

export function installAfterWriteFaults(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    const fail = ({ req, doc, id }: { req: { headers?: Headers }; doc?: { id?: unknown }; id?: unknown }) => {
      if (req.headers?.get('x-test-fail') !== 'after-write') return
      // `x-test-fail-id`: fail for this one document only (a bulk request where one fails).
      const only = req.headers.get('x-test-fail-id')
      if (only && String(doc?.id ?? id) !== only) return
      throw new InjectedFault(`injected fault in ${config.slug}`)
    }
    config.hooks.afterChange = [...(config.hooks.afterChange ?? []), fail as never]
    config.hooks.afterDelete = [...(config.hooks.afterDelete ?? []), fail as never]
  }
}
