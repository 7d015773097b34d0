/**
 * guardQueries: what a client asks for (not what it sends: see input-guard) is checked
 * before Payload or the database works on it, so that a client's mistake is a 400 naming
 * the parameter, never a 500:
 * - every collection operation (REST, GraphQL, the admin, the Local API with
 *   `overrideAccess: false`) gets its `where` (shape, operators, value types), `limit`,
 *   `page`, `depth` and ids checked (a beforeOperation hook, first);
 * - every REST route of every collection and global gets its `:id` and query parameters
 *   checked before its handler (some reach the database without an operation hook);
 * - whatever no route answers, including Payload's collections without a REST API
 *   (`payload-migrations`, which Payload answers with 501), is a plain 404;
 * - a malformed `%` escape in the URL is a 400.
 * It is applied to the built config (`guardQueries(await buildConfig(…))`), not as a plugin:
 * Payload adds its own collections (`payload-*`) while building, after the plugins ran.
 * Generic: it knows Payload's field types and routes, not this app.
 */
import type { SanitizedConfig } from 'payload'

import { withDefaults } from './defaults'
import { guardEndpoint } from './endpoints/guardEndpoint'
import { notFoundEndpoints } from './endpoints/notFound'
import { checkQueryArgs } from './hooks/checkQueryArgs'
import { malformedUrl } from './hooks/malformedUrl'
import type { QueryGuardOptions } from './types'

export type { FormatMessage, QueryGuardOptions } from './types'

export function guardQueries(config: SanitizedConfig, options: QueryGuardOptions = {}): SanitizedConfig {
  const settings = withDefaults(options)
  const notFound = notFoundEndpoints(settings)
  const checkArgs = checkQueryArgs(settings)
  for (const collection of config.collections) {
    collection.hooks = { ...collection.hooks, beforeOperation: [checkArgs, ...(collection.hooks?.beforeOperation ?? [])] }
    const own = collection.endpoints || []
    collection.endpoints = [...own.map((endpoint) => guardEndpoint(endpoint, { collection }, settings)), ...notFound]
  }
  for (const global of config.globals) {
    const own = global.endpoints || []
    global.endpoints = [...own.map((endpoint) => guardEndpoint(endpoint, { global }, settings)), ...notFound]
  }
  config.endpoints = [...(config.endpoints ?? []), ...notFound] as SanitizedConfig['endpoints']
  config.hooks = { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), malformedUrl(settings)] }
  return config
}
