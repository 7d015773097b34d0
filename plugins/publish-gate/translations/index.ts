/**
 * The publish gate's strings, registered in Payload's i18n under `plugin-publish-gate` (as
 * Payload's own plugins name theirs): the admin reads them with `t('plugin-publish-gate:key')`,
 * server messages with `translate()` below, in every language, for the `formatMessage` option.
 */
import { t } from '@payloadcms/translations'

import { en } from './en'
import { th } from './th'

export const NAMESPACE = 'plugin-publish-gate'
export type PublishGateKey = keyof (typeof th)[typeof NAMESPACE]
export type PublishGateTranslations = { [NAMESPACE]: Record<PublishGateKey, string> }

export const translations: Record<string, PublishGateTranslations> = { en, th }

/** A translator like Payload's `t`, for the gate's keys. */
export type Translate = (key: PublishGateKey, vars?: Record<string, unknown>) => string

/** One language's translator from the plugin's own strings (server side, and pure code). */
export function translatorFor(language: string): Translate {
  const strings = translations[language] ?? translations.en!
  return (key, vars) => t({ key: `${NAMESPACE}:${key}`, translations: strings as never, vars })
}

/** Payload's `t` from `useTranslation()` / `req.t`, narrowed to the gate's keys. */
export const fromPayloadT =
  (payloadT: (key: never, vars?: Record<string, unknown>) => string): Translate =>
  (key, vars) =>
    payloadT(`${NAMESPACE}:${key}` as never, vars)

/** The same message in every language the plugin speaks. */
export function inEveryLanguage(render: (translate: Translate, language: string) => string): Record<string, string> {
  return Object.fromEntries(Object.keys(translations).map((language) => [language, render(translatorFor(language), language)]))
}
