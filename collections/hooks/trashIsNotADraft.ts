import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Moving to or from the trash changes the document, never a draft of it: such a save goes
 * through as if `?draft=true` were absent, judged by the same rules (access, workflow).
 * Payload 3.90.2 writes a draft save only to a new version, so `deletedAt` reached the
 * latest version while the document itself stayed where it was: a "restore" answered 200
 * and left the document in the trash (and an editor got that 200 for a published document,
 * whose restore is the publisher's), and a "trash" left it on the site.
 *
 * A save moves the trash when it sets `deletedAt`, or clears it on documents looked up
 * with `trash: true` (without it, only documents outside the trash are reached, and the
 * admin's own draft saves send `deletedAt: null` along with the other fields).
 */
export const trashIsNotADraft: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update') return args
  const { data, draft, trash } = args as { data?: Record<string, unknown>; draft?: boolean; trash?: boolean }
  if (!draft || !data || typeof data !== 'object' || !Object.hasOwn(data, 'deletedAt')) return args
  const movesTrash = Boolean(data.deletedAt) || (data.deletedAt === null && Boolean(trash))
  return movesTrash ? { ...args, draft: false } : args
}
