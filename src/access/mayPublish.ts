import { hasRole } from './roles'

/**
 * Who may publish (and unpublish, restore as published, schedule a publication): the
 * publishers (สำนักปลัด) and administrators, any division's document. The workflow's
 * `publish` permission (`src/workflow/permissions.ts`) and the "approved" tasks ask this.
 */
export function mayPublish(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'publisher')
}
