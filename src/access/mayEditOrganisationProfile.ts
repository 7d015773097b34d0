import { hasRole } from './roles'

/**
 * Who may edit the organisation profile (which serves items of several divisions, so it
 * belongs to none): publishers and administrators. The collection's access is `updateOrganisation.ts`.
 */
export function mayEditOrganisationProfile(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'publisher')
}
