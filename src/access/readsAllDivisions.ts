import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** What `config.custom.prongsai` carries for access control. */
export interface ProngsaiCustom {
  /** Every signed-in staff member may read every division's unpublished documents. */
  staffReadAllDivisions?: boolean
}

/**
 * Who may read another division's drafts (unpublished documents, their versions, their
 * audit entries): publishers and administrators; every signed-in staff member when the
 * setting `STAFF_READ_ALL_DIVISIONS` is on. Reading only: editing is `editsAllDivisions`.
 */
export function readsAllDivisions(req: PayloadRequest): boolean {
  if (!req.user) return false
  if (hasRole(req.user, 'admin') || hasRole(req.user, 'publisher')) return true
  const custom = req.payload.config.custom?.prongsai as ProngsaiCustom | undefined
  return Boolean(custom?.staffReadAllDivisions)
}
