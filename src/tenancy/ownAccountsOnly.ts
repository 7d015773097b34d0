import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest, type Where } from 'payload'

import { isPlatformAdminUser } from '@/access/isPlatformAdmin'
import { organisationIdsOf } from './organisationIdsOf'

/**
 * Who an organisation's administrator may change or delete: accounts of their own
 * organisations only, never one that works across organisations (a platform administrator,
 * an overseer) nor one that also belongs to an organisation they do not run. Otherwise an
 * administrator of one organisation could take over an account that reaches others.
 */
export const accountsTheyRun: Where = { platformRole: { exists: false } }

/** Whether every organisation of `account` is one of the user's. */
function runsAllOf(user: unknown, account: unknown): boolean {
  const mine = new Set(organisationIdsOf(user).map(String))
  return organisationIdsOf(account).every((id) => mine.has(String(id)))
}

function refuse(req: PayloadRequest): never {
  throw new Forbidden(req.t)
}

/**
 * The account as stored: every organisation it has, not the ones a reader is shown
 * (onlyReadersOrganisations.ts shortens the list on every read made for a user).
 */
async function stored(req: PayloadRequest, id: number | string) {
  return req.payload.db.findOne<{ id: number | string; platformRole?: unknown; tenants?: unknown }>({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })
}

/** Users' beforeChange: an update of another account by someone who does not run all its organisations. */
export const changeOnlyOwnAccounts: CollectionBeforeChangeHook = async ({ operation, originalDoc, req, data }) => {
  if (operation !== 'update' || !req.user || isPlatformAdminUser(req.user)) return data
  if (!originalDoc || String(originalDoc.id) === String(req.user.id)) return data
  const account = await stored(req, originalDoc.id)
  if (!account || account.platformRole || !runsAllOf(req.user, account)) refuse(req)
  return data
}

/** Users' beforeDelete: the same for deleting an account. */
export const deleteOnlyOwnAccounts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || isPlatformAdminUser(req.user)) return
  const account = await stored(req, id)
  if (account && (account.platformRole || !runsAllOf(req.user, account))) refuse(req)
}
