import type { Access, PayloadRequest } from 'payload'

import { organisationIdsOf } from '@/tenancy/organisationIdsOf'
import { onlyOrganisation } from '@/tenancy/onlyOrganisation'
import { ORGANISATION_FIELD, TENANTS_SLUG } from '@/tenancy/slugs'
import { isPlatformAdminUser } from './isPlatformAdmin'
import { LOCKS_SLUG, lockTargetsOf, ownLocksWhere } from './lockTargets'
import { idOf } from './roles'

/** Whether everything a lock holds is of these organisations (a global: of nobody's). */
async function locksWithin(req: PayloadRequest, lock: Record<string, unknown>, mine: Set<string>): Promise<boolean> {
  const targets = lockTargetsOf(lock)
  if (!targets.length) return false
  for (const target of targets) {
    if ('global' in target) continue
    const slug = String(target.collection)
    const id = idOf(target.id)
    const collection = (req.payload.collections as Record<string, { config: { flattenedFields: { name: string }[] } } | undefined>)[slug]
    if (!collection || id === undefined) return false
    if (slug === TENANTS_SLUG) {
      if (!mine.has(String(id))) return false
      continue
    }
    const doc = (await req.payload.db.findOne({ collection: slug as 'users', req, where: { id: { equals: id } } })) as Record<string, unknown> | null
    if (!doc) return false
    const organisations = collection.config.flattenedFields.some((f) => f.name === ORGANISATION_FIELD)
      ? [idOf(doc[ORGANISATION_FIELD])]
      : organisationIdsOf(doc)
    if (!organisations.length || !organisations.every((o) => o !== undefined && mine.has(String(o)))) return false
  }
  return true
}

/**
 * Reading Payload's document locks (`payload-locked-documents`, which carry no organisation):
 * those on the reader's organisations' documents. Payload's default (every signed-in user
 * reads every lock) told one organisation's staff which of another's documents were being
 * edited, by which account, and since when (test/int/leak-across-organisations.test.ts).
 * An account of the reader's organisations only can lock nothing else (createLock): its locks
 * are read by whom they hold; the few of accounts that reach other organisations too (a
 * platform administrator, an account shared with another organisation) are read one by one.
 * The admin thus still shows every lock on what the reader opens (and leaves no second lock).
 */
export const readLock: Access = async ({ req }) => {
  const user = req.user
  if (!user) return false
  // Platform administrators see every organisation; with one organisation there is no other to tell.
  if (isPlatformAdminUser(user) || (await onlyOrganisation(req)) !== undefined) return true
  const own = ownLocksWhere(user)
  const mine = new Set(organisationIdsOf(user).map(String))
  if (mine.size === 0) return own
  // As stored (every organisation of each account): a read for a user shows only the reader's (onlyReadersOrganisations).
  const accounts = await req.payload.db.find<Record<string, unknown> & { id: number | string }>({
    collection: user.collection as 'users',
    where: { or: [{ 'tenants.tenant': { in: [...mine] } }, { platformRole: { equals: 'administrator' } }] },
    pagination: false,
    limit: 0,
    req,
  })
  const within = (account: unknown) =>
    !isPlatformAdminUser(account) && organisationIdsOf(account).every((id) => mine.has(String(id)))
  const colleagues = accounts.docs.filter(within).map((account) => account.id)
  const reaching = accounts.docs.filter((account) => !within(account)).map((account) => account.id)
  const theirs = reaching.length
    ? await req.payload.find({
        collection: LOCKS_SLUG,
        where: { and: [{ 'user.relationTo': { equals: user.collection } }, { 'user.value': { in: reaching } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const visible: (number | string)[] = []
  for (const lock of theirs.docs as Record<string, unknown>[]) {
    if (await locksWithin(req, lock, mine)) visible.push(lock.id as number | string)
  }
  return {
    or: [
      own,
      ...(colleagues.length ? [{ and: [{ 'user.relationTo': { equals: user.collection } }, { 'user.value': { in: colleagues } }] }] : []),
      ...(visible.length ? [{ id: { in: visible } }] : []),
    ],
  }
}
