/**
 * Makes a save or delete fail after the database has been written, on demand: a request
 * with the header `x-test-fail: after-write` reaches the collection's after-hooks and
 * throws there, the way a real hook can (a notification that fails, a bug). Installed at
 * run time on the booted Payload, so the app's config stays free of test code.
 */
import type { Payload } from 'payload'

export const FAIL_AFTER_WRITE = { 'x-test-fail': 'after-write' }

export class InjectedFault extends Error {
  override name = 'InjectedFault'
}

export function installAfterWriteFaults(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    const fail = ({ req }: { req: { headers?: Headers } }) => {
      if (req.headers?.get('x-test-fail') === 'after-write') throw new InjectedFault(`injected fault in ${config.slug}`)
    }
    config.hooks.afterChange = [...(config.hooks.afterChange ?? []), fail as never]
    config.hooks.afterDelete = [...(config.hooks.afterDelete ?? []), fail as never]
  }
}
