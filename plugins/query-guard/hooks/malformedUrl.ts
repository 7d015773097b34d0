import type { AfterErrorHook } from 'payload'

import type { QueryGuardSettings } from '../defaults'
import { message } from '../messages'

/**
 * A URL with a `%` that starts no escape (`/api/news/%zz`) makes Payload's route matching
 * throw a URIError, answered as a 500: it is the client's mistake, a 400.
 */
export function malformedUrl(settings: QueryGuardSettings): AfterErrorHook {
  return ({ error, req }) => {
    if (!(error instanceof URIError)) return
    return {
      status: 400,
      response: { errors: [{ message: message(settings, req, 'malformedUrl') }] },
    }
  }
}
