import type { PayloadRequest } from 'payload'

import { t } from '@payloadcms/translations'
import { ValidationError } from 'payload'

import type { QueryGuardSettings } from './defaults'
import type { QueryIssue } from './query/issues'
import { NAMESPACE, type QueryGuardKey, translations } from './translations'

/** A message in every language the plugin speaks, put together as the app wants it. */
export function message(
  settings: QueryGuardSettings,
  req: PayloadRequest | undefined,
  key: QueryGuardKey,
  vars: Record<string, unknown> = {},
): string {
  const byLanguage: Record<string, string> = {}
  for (const [language, strings] of Object.entries(translations)) {
    byLanguage[language] = t({ key: `${NAMESPACE}:${key}`, translations: strings as never, vars })
  }
  return settings.formatMessage(byLanguage, req)
}

/**
 * Throws the 400 a client gets for a query it got wrong: Payload's validation-error shape,
 * one entry per wrong parameter, named by its path (`where.division.equals`, `limit`, `id`).
 */
export function refuse(
  settings: QueryGuardSettings,
  req: PayloadRequest,
  collection: string | undefined,
  issues: QueryIssue[],
): never {
  const errors = issues.map((issue) => ({
    path: issue.path,
    message: message(settings, req, issue.code, issue.vars),
  }))
  throw new ValidationError({ collection, errors, req }, req.t)
}
