import type { MultiTenantPluginConfig } from '@payloadcms/plugin-multi-tenant/types'

import type { Where } from 'payload'

import { isOverseer } from '@/access/isOverseer'
import { isPlatformAdminUser } from '@/access/isPlatformAdmin'
import { accountsTheyRun } from './ownAccountsOnly'
import { ORGANISATION_FIELD } from './slugs'
import { visitorsSeeTheirHost } from './visitorsSeeTheirHost'

/** The plugin's per-collection access override (its own type name is not exported). */
type AccessOverride = NonNullable<MultiTenantPluginConfig['usersAccessResultOverride']>

const WRITES = new Set(['create', 'update', 'delete', 'unlock'])

/**
 * The users' access override: an overseer reads what its organisations' staff may read and
 * writes nothing, whatever roles its account carries.
 */
export const overseersReadOnly: AccessOverride = ({ accessKey, accessResult, req }) =>
  WRITES.has(accessKey) && isOverseer(req.user) ? false : accessResult

/**
 * The users' access override: overseers read only; and someone who does not run the platform
 * changes, deletes or unlocks no account that works across organisations (their own aside;
 * accounts shared with another organisation: src/tenancy/ownAccountsOnly.ts).
 */
export const usersAccess: AccessOverride = async (args) => {
  const result = await overseersReadOnly(args)
  const { accessKey, req } = args
  if (result === false || !req.user || isPlatformAdminUser(req.user) || !['update', 'delete', 'unlock'].includes(accessKey))
    return result
  const own: Where = { or: [accountsTheyRun, { id: { equals: req.user.id } }] }
  return result === true ? own : { and: [result, own] }
}

/**
 * The access override of every organisation-scoped collection: overseers read only, as for
 * the users; and a visitor's read is kept to the organisation of the site they came to (the
 * plugin scopes signed-in users only).
 */
export const organisationAccess: AccessOverride = async (args) => {
  const result = await overseersReadOnly(args)
  if (args.req.user || (args.accessKey !== 'read' && args.accessKey !== 'readVersions')) return result
  return visitorsSeeTheirHost(result, args.req, args.accessKey === 'readVersions' ? `version.${ORGANISATION_FIELD}` : ORGANISATION_FIELD)
}
