import type { CollectionAfterChangeHook } from 'payload'

/**
 * A save that makes the document public (a first publication, or publishing again after
 * it was taken down) is answered "เผยแพร่สำเร็จ", not Payload's "แก้ไขสำเร็จ": Payload's
 * REST handler words every update as an edit, and reads `req.t` only after the operation,
 * so the request's translator is given the word for this one request.
 */
export const publishedMessage: CollectionAfterChangeHook = ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || doc?._status !== 'published' || previousDoc?._status === 'published') return doc
  const t = req.t
  if (!t) return doc
  req.t = ((key: string, options?: Record<string, unknown>) =>
    key === 'general:updatedSuccessfully'
      ? t('plugin-workflow:publishedSuccessfully' as never)
      : t(key as never, options as never)) as typeof req.t
  return doc
}
