import type { CollectionAfterOperationHook } from 'payload'

import { PUBLISHED } from './notePublication'

/**
 * A noted publication is answered "เผยแพร่สำเร็จ", not Payload's "แก้ไขสำเร็จ": Payload's
 * REST handler words every update as an edit and reads `req.t` only after the operation,
 * so the request's translator is given the word for this one request. It is done after the
 * operation, not in afterChange, because any local-API call a later hook makes with this
 * request (a signal, an audit entry) sets `req.t` afresh.
 */
export const wordPublication: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'updateByID' || !req?.context?.[PUBLISHED] || !req.t) return result
  delete req.context[PUBLISHED]
  const t = req.t
  req.t = ((key: string, options?: Record<string, unknown>) =>
    key === 'general:updatedSuccessfully'
      ? t('plugin-workflow:publishedSuccessfully' as never)
      : t(key as never, options as never)) as typeof req.t
  return result
}
