/**
 * GraphQL through Payload's own route handler (the one `/api/graphql` uses), with a
 * real `Request`.
 */
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { TEST_ORIGIN } from './rest'

export interface GraphQLResult<T = any> {
  status: number
  data: T
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[]
}

export function graphqlClient(config: SanitizedConfig) {
  const handler = GRAPHQL_POST(config)
  return async function query<T = any>(
    source: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResult<T>> {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const request = new Request(`${TEST_ORIGIN}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: source, variables }),
    })
    const response = await handler(request)
    const json = (await response.json()) as { data: T; errors?: GraphQLResult['errors'] }
    return { status: response.status, data: json.data, errors: json.errors }
  }
}
