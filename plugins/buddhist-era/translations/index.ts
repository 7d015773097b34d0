/** The plugin's strings, registered in Payload's i18n under the `buddhistEra` namespace. */
import { en } from './en'
import { th } from './th'

export type BuddhistEraKey = keyof (typeof th)['buddhistEra']

export const translations = { en, th }
