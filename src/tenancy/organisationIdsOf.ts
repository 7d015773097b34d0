import { getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities'

/** Ids of the organisations a user (or a user's data being saved) belongs to, populated or not. */
export function organisationIdsOf(user: unknown): (number | string)[] {
  if (!user || typeof user !== 'object') return []
  return getUserTenantIDs(user as never) as (number | string)[]
}
