import type { CollectionBeforeOperationHook } from 'payload'

import { DRAFT_CONTEXT_KEY } from '../defaults'

/**
 * Collection hooks do not see whether a save is a draft (`?draft=true`), and only that
 * tells "save a draft over the published page" from "unpublish": keep it for beforeChange.
 * Set on every save, so a flag left by an earlier save of the same request never applies.
 */
export const rememberDraftArg =
  (slug: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    // restoreVersion reaches beforeChange as an update: it is a save like the others.
    if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
      const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
      // As Payload decides it: `draft` with `_status: 'published'` publishes all the same.
      const savesDraft = Boolean(draft) && data?._status !== 'published'
      const byCollection = (req.context[DRAFT_CONTEXT_KEY] ?? {}) as Record<string, boolean>
      req.context[DRAFT_CONTEXT_KEY] = { ...byCollection, [slug]: savesDraft }
    }
    return args
  }
