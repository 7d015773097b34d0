import { AsyncLocalStorage } from 'node:async_hooks'

const current = new AsyncLocalStorage<number | string>()

/**
 * Runs `work` on behalf of one organisation: what it creates without naming an organisation
 * is that organisation's (scripts and seeds: `npm run seed`, `npm run org:create`), whatever
 * else the deployment holds. Never set by a request.
 */
export function inOrganisation<T>(organisation: number | string, work: () => Promise<T>): Promise<T> {
  return current.run(organisation, work)
}

/** The organisation `inOrganisation` runs for, if any. */
export function currentOrganisation(): number | string | undefined {
  return current.getStore()
}
