/** The plugin's strings in each language it speaks (keys under the `plugin-query-guard` namespace). */
import { en } from './en'
import { th } from './th'

export type QueryGuardKey =
  | 'conditionsNotList'
  | 'fileNotFound'
  | 'invalidJson'
  | 'malformedUrl'
  | 'notBoolean'
  | 'notCondition'
  | 'notDate'
  | 'notId'
  | 'notList'
  | 'notNumber'
  | 'notNumericId'
  | 'notOption'
  | 'notPage'
  | 'notPoint'
  | 'notSingleValue'
  | 'notText'
  | 'notWhere'
  | 'notWholeNumber'
  | 'nulCharacter'
  | 'operatorNotForField'
  | 'operatorNotSupported'
  | 'routeNotFound'
  | 'tooManyConditions'
  | 'tooManyValues'
  | 'whereTooDeep'

export const NAMESPACE = 'plugin-query-guard'

export interface QueryGuardTranslations {
  [NAMESPACE]: Record<QueryGuardKey, string>
}

export const translations: Record<string, QueryGuardTranslations> = { en, th }
