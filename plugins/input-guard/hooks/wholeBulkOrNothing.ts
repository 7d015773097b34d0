import type { CollectionAfterOperationHook } from 'payload'

import { APIError } from 'payload'

import type { InputGuardSettings } from '../defaults'
import { message } from '../messages'

/**
 * A bulk update or delete (`PATCH`/`DELETE /api/x?where=…`, the admin's "edit/delete
 * selected") reports the documents that failed and commits the rest, including whatever
 * a failed one had already written. This makes the request all-or-nothing: if any document
 * fails, the whole transaction rolls back and the client gets the list of failures.
 */
export function wholeBulkOrNothing(settings: InputGuardSettings): CollectionAfterOperationHook {
  return ({ operation, req, result }) => {
    if (operation !== 'update' && operation !== 'delete') return result
    const errors = (result as { errors?: { id?: unknown; message?: string }[] } | undefined)?.errors
    if (!Array.isArray(errors) || errors.length === 0) return result
    throw new APIError(
      message(settings.formatMessage, req, 'bulkRolledBack', { count: errors.length }),
      400,
      { errors: errors.map((e) => ({ id: e.id, message: e.message })) },
      true,
    )
  }
}
