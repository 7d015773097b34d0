import type { FieldHook } from 'payload'

import { isPlatformAdminUser } from '@/access/isPlatformAdmin'
import { organisationIdsOf } from './organisationIdsOf'

/**
 * An account's organisations as a reader sees them: only those the reader belongs to (an
 * overseer of A and B, seen by A's administrator, shows A only; B is none of A's business).
 * Platform administrators and the system see every row. Only platform administrators change
 * the list, so a list shortened here is never saved back shortened.
 */
export const onlyReadersOrganisations: FieldHook = ({ value, req }) => {
  if (!Array.isArray(value) || !req.user || isPlatformAdminUser(req.user)) return value
  const mine = new Set(organisationIdsOf(req.user).map(String))
  return value.filter((row: { tenant?: unknown }) => {
    const tenant = row?.tenant && typeof row.tenant === 'object' ? (row.tenant as { id?: unknown }).id : row?.tenant
    return mine.has(String(tenant))
  })
}
