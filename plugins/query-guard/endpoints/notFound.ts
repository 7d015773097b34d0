import type { Endpoint, PayloadRequest } from 'payload'

import type { QueryGuardSettings } from '../defaults'
import { message } from '../messages'

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

/**
 * Last in every list of endpoints: whatever no route answered is a plain 404 with a message
 * the client can read, where Payload answers an English "Route not found" (and, for its own
 * collections without a REST API such as `payload-migrations`, a 501). OPTIONS is left to
 * Payload's CORS preflight.
 */
export function notFoundEndpoints(settings: QueryGuardSettings): Endpoint[] {
  return METHODS.map((method) => ({ method, path: '/:path*', handler: (req) => notFound(settings, req) }))
}

export function notFound(
  settings: QueryGuardSettings,
  req: PayloadRequest,
  key: 'fileNotFound' | 'routeNotFound' = 'routeNotFound',
): Response {
  return Response.json({ errors: [{ message: message(settings, req, key) }] }, { status: 404 })
}
