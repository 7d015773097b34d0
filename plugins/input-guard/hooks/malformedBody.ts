import type { AfterErrorHook } from 'payload'

import { APIError } from 'payload'

import type { InputGuardSettings } from '../defaults'
import { message } from '../messages'

/**
 * A body that is not JSON is the client's mistake: 400 with a message, never a 500.
 * Payload answers malformed JSON with an English "Invalid JSON"; a malformed `_payload`
 * in a multipart upload escapes as a bare SyntaxError (500).
 */
export function malformedBody(settings: InputGuardSettings): AfterErrorHook {
  return ({ error, req }) => {
    const invalidJson = error instanceof APIError && error.status === 400 && error.message === 'Invalid JSON'
    // Only a body Payload could not read (it left no data), not a bug in a hook's own parsing.
    const unreadBody =
      error instanceof SyntaxError && /JSON/.test(error.message) && req.data === undefined && req.method !== 'GET'
    if (!invalidJson && !unreadBody) return
    return {
      status: 400,
      response: { errors: [{ message: message(settings.formatMessage, req, 'malformedBody') }] },
    }
  }
}
