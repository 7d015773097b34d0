import { hasRole } from './roles'

/**
 * Who may move a published document (one whose published version is public, with or
 * without a draft on top) to the trash: publishers and administrators. Which divisions'
 * documents one may trash at all is `editsAllDivisions` (`deleteDisclosure.ts`).
 */
export function mayTrashPublished(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'publisher')
}
