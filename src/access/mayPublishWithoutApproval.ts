import { hasRole } from './roles'

/** Who may publish a document nobody approved (skip the review step): administrators. */
export function mayPublishWithoutApproval(user: unknown): boolean {
  return hasRole(user, 'admin')
}
