/** The plugin's strings, registered in Payload's i18n under the `plugin-input-guard` namespace. */
import { en } from './en'
import { th } from './th'

export type InputGuardKey =
  | 'bulkRolledBack'
  | 'dateOutOfRange'
  | 'impossibleDate'
  | 'malformedBody'
  | 'malformedMultipart'
  | 'missingReference'
  | 'notAnObject'
  | 'notBoolean'
  | 'notDate'
  | 'notId'
  | 'notNumber'
  | 'notOption'
  | 'notPoint'
  | 'notRichText'
  | 'notRows'
  | 'notText'
  | 'numberTooLarge'
  | 'requestBodyRequired'
  | 'tooLarge'
  | 'tooLong'
  | 'tooDeep'
  | 'tooManyRows'
  | 'unknownBlock'

export const NAMESPACE = 'plugin-input-guard'

export interface InputGuardTranslations {
  [NAMESPACE]: Record<InputGuardKey, string>
}

export const translations: Record<string, InputGuardTranslations> = { en, th }
