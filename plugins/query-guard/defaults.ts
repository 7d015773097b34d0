import type { FormerNames } from './query/formerNames'
import type { FormatMessage, QueryGuardOptions } from './types'

export interface QueryGuardSettings {
  formatMessage: FormatMessage
  limits: WhereLimits
  formerFieldNames: FormerNames
}

export interface WhereLimits {
  maxDepth: number
  maxConditions: number
  maxListValues: number
  unsupportedOperators: readonly string[]
}

const requestLanguage: FormatMessage = (byLanguage, req) =>
  byLanguage[req?.i18n?.language ?? 'en'] ?? byLanguage.en ?? Object.values(byLanguage)[0] ?? ''

/** Every default of the query guard, in one place. */
export function withDefaults(options: QueryGuardOptions): QueryGuardSettings {
  return {
    formatMessage: options.formatMessage ?? requestLanguage,
    formerFieldNames: options.formerFieldNames ?? {},
    limits: {
      maxDepth: options.maxWhereDepth ?? 8,
      maxConditions: options.maxConditions ?? 200,
      maxListValues: options.maxListValues ?? 1000,
      unsupportedOperators: options.unsupportedOperators ?? [],
    },
  }
}
