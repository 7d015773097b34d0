import type { OitKey } from '../../translations'

/** What every part of the status view is given: the language, the plugin's strings, dates. */
export interface StatusWords {
  language: 'en' | 'th'
  t: (key: OitKey) => string
}
