/** The OIT plugin's admin strings, registered in Payload's i18n under the `plugin-oit` namespace. */
import { t } from '@payloadcms/translations'

import { en } from './en'
import { th } from './th'

export const NAMESPACE = 'plugin-oit'
export type OitKey = keyof (typeof th)[typeof NAMESPACE]
export const translations = { en, th }

/** A language the plugin's strings are written in. */
export type OitLanguage = keyof typeof translations

/** One string in one language, for the server (e-mails, reasons), through Payload's `t` (`plugin-oit:key`, `{{vars}}`). */
export function say(language: OitLanguage, key: OitKey, vars: Record<string, unknown> = {}): string {
  return t({ key: `${NAMESPACE}:${key}`, translations: translations[language] as never, vars })
}
