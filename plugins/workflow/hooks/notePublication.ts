import type { CollectionAfterChangeHook } from 'payload'

/** Where `notePublication` leaves its mark for `wordPublication`, in the request's context. */
export const PUBLISHED = 'plugin-workflow:publishedNow'

/**
 * Notes a save that makes the document public: a first publication, or publishing again
 * after it was taken down. `wordPublication` words the answer.
 */
export const notePublication: CollectionAfterChangeHook = ({ doc, operation, previousDoc, req }) => {
  if (operation === 'update' && doc?._status === 'published' && previousDoc?._status !== 'published') {
    req.context[PUBLISHED] = true
  }
  return doc
}

