/** The plugin's strings, registered in Payload's i18n under the `plugin-buddhist-era` namespace. */
import { en } from './en'
import { th } from './th'

export const NAMESPACE = 'plugin-buddhist-era'
export type BuddhistEraKey = keyof (typeof th)[typeof NAMESPACE]

export const translations = { en, th }
