/** The OIT plugin's admin strings, registered in Payload's i18n under the `oit` namespace. */
import { en } from './en'
import { th } from './th'

export type OitKey = keyof (typeof th)['oit']
export const translations = { en, th }
