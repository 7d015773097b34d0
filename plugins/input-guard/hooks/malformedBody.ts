import type { AfterErrorHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { InputGuardSettings } from '../defaults'
import { message } from '../messages'
import { nestingExceeds } from '../shape/checkShape'

/** What the multipart parser (busboy, through Payload) throws for a body it cannot read. */
const MULTIPART_ERRORS =
  /^(Unexpected end of (form|file)|Malformed (part header|urlencoded form|content type)|Multipart: Boundary not found|Unsupported content type|Part terminated early|Request is not eligible for file upload)/

/**
 * A body that cannot be read is the client's mistake: 400 with a message, never a 500.
 * - malformed JSON: Payload answers an English "Invalid JSON"; a malformed `_payload` in a
 *   multipart upload escapes as a bare SyntaxError (500);
 * - malformed multipart (wrong or missing boundary, truncated, a broken part header):
 *   Payload passes the parser's error on as a 500;
 * - a body nested so deep that walking it overflows the stack, on a route the shape check
 *   does not see first (sign-in and the like): the RangeError is a 500.
 */
export function malformedBody(settings: InputGuardSettings): AfterErrorHook {
  return ({ error, req }) => {
    const key = unreadable(error, req, settings.limits.maxNesting)
    if (!key) return
    const text = message(settings.formatMessage, req, key, { max: settings.limits.maxNesting })
    return { status: 400, response: { errors: [{ message: text }] } }
  }
}

function unreadable(
  error: Error,
  req: PayloadRequest,
  maxNesting: number,
): 'malformedBody' | 'malformedMultipart' | 'tooDeep' | undefined {
  if (error instanceof APIError && error.status === 400 && error.message === 'Invalid JSON') return 'malformedBody'
  const sent = req.method !== 'GET' && req.method !== undefined
  // Only a body Payload could not read (it left no data), not a bug in a hook's own parsing.
  if (error instanceof SyntaxError && /JSON/.test(error.message) && req.data === undefined && sent)
    return 'malformedBody'
  const multipart = (req.headers?.get('Content-Type') ?? '').includes('multipart/')
  const serverError = !(error instanceof APIError) || error.status === 500
  if (sent && multipart && serverError && req.data === undefined && !req.file && MULTIPART_ERRORS.test(error.message))
    return 'malformedMultipart'
  if (error instanceof RangeError && /call stack/.test(error.message) && nestingExceeds(req.data, maxNesting))
    return 'tooDeep'
  return undefined
}
