/**
 * The app's GraphQL endpoint (`/api/graphql`): Payload's handler, with two things around it.
 * - A query text longer than the limit is refused before it is parsed.
 * - A request GraphQL refuses before running it (syntax, validation, the limits in
 *   limitsRule.ts) answers 400 with Thai / English messages. graphql-http answers such
 *   "request errors" with 200 when the client accepts plain `application/json` (what most
 *   clients send); the GraphQL-over-HTTP spec's `application/graphql-response+json` answers 400.
 * Errors while running (access, a field's validation) keep GraphQL's 200 with partial data;
 * their messages are made bilingual by src/errors/bilingualErrors.ts.
 */
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { scoped } from '@/db/operationScopes'
import { toBilingual } from '@/i18n/bilingualMessage'
import { GRAPHQL_LIMITS, type GraphQLLimits } from './limits'
import { limitMessages } from './limitMessages'

type FormattedError = { message?: unknown } & Record<string, unknown>

export function graphqlPost(config: Promise<SanitizedConfig> | SanitizedConfig, limits: GraphQLLimits = GRAPHQL_LIMITS) {
  const handler = GRAPHQL_POST(config)
  // One operation scope per request, as REST routes have (src/db/operationScopes.ts).
  return scoped(async (request: Request): Promise<Response> => {
    if (await queryTooLong(request, limits.maxQueryChars)) {
      return Response.json({ errors: [{ message: limitMessages.tooLong(limits.maxQueryChars) }] }, { status: 400 })
    }
    return asRequestError(await handler(request))
  })
}

/** Whether the `query` of a JSON body is longer than `max` characters. */
async function queryTooLong(request: Request, max: number): Promise<boolean> {
  if (!(request.headers.get('Content-Type') ?? '').includes('application/json')) return false
  try {
    const body = (await request.clone().json()) as { query?: unknown }
    return typeof body?.query === 'string' && body.query.length > max
  } catch {
    return false // Payload answers a body that is not JSON itself.
  }
}

/** A refused request (errors and no `data`) is a 400, its messages Thai / English. */
async function asRequestError(response: Response): Promise<Response> {
  if (response.status !== 200 && response.status !== 400) return response
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return response
  const text = await response.text()
  let body: { data?: unknown; errors?: FormattedError[] }
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, response)
  }
  const refused = Array.isArray(body?.errors) && body.errors.length > 0 && !('data' in body)
  if (!refused) return new Response(text, response)
  const errors = body.errors!.map((error) => ({
    ...error,
    message: typeof error.message === 'string' ? toBilingual(error.message, 400) : error.message,
  }))
  const headers = new Headers(response.headers)
  headers.delete('Content-Length')
  return new Response(JSON.stringify({ ...body, errors }), { status: 400, headers })
}
