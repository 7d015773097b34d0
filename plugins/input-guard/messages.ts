import type { PayloadRequest } from 'payload'

import { t } from '@payloadcms/translations'

import { type InputGuardKey, NAMESPACE, translations } from './translations'
import type { FormatMessage } from './types'

/** A message in every language the plugin speaks, put together as the app wants it. */
export function message(
  formatMessage: FormatMessage,
  req: PayloadRequest | undefined,
  key: InputGuardKey,
  vars: Record<string, unknown> = {},
): string {
  const byLanguage: Record<string, string> = {}
  for (const [language, strings] of Object.entries(translations)) {
    byLanguage[language] = t({ key: `${NAMESPACE}:${key}`, translations: strings as never, vars })
  }
  return formatMessage(byLanguage, req)
}
