import { hasRole } from './roles'

/**
 * Who may replace, edit or delete a file that a published document uses (the new file
 * goes public at once, unreviewed): publishers and administrators. Which documents' files
 * one may change at all is each collection's own edit rule (`changeMedia.ts`).
 */
export function mayReplacePublishedFile(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'publisher')
}
