import { hasRole } from './roles'

/**
 * Who may edit another division's documents, put a document in any division and take the
 * submit and review steps on any division's documents: publishers and administrators.
 * Others work within their own divisions (and on documents of no division).
 */
export function editsAllDivisions(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'publisher')
}
