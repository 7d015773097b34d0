import type { CollectionBeforeOperationHook } from 'payload'

import { DRAFT_CONTEXT_KEY } from '../defaults'

/**
 * Collection hooks do not see whether a save is a draft (`?draft=true`), and only that
 * tells "save a draft over the published page" from "unpublish": keep it for beforeChange.
 */
export const rememberDraftArg =
  (slug: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation === 'create' || operation === 'update') {
      const byCollection = (req.context[DRAFT_CONTEXT_KEY] ?? {}) as Record<string, boolean>
      req.context[DRAFT_CONTEXT_KEY] = { ...byCollection, [slug]: Boolean((args as { draft?: boolean }).draft) }
    }
    return args
  }
