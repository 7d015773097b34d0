import type { FormatMessage, InputGuardPluginConfig } from './types'
import type { ShapeContext, ShapeLimits } from './shape/checkShape'

export interface InputGuardSettings {
  collections: string[] | undefined
  formatMessage: FormatMessage
  limits: ShapeLimits
  readDate: ShapeContext['readDate']
  disabled: boolean
}

const requestLanguage: FormatMessage = (byLanguage, req) =>
  byLanguage[req?.i18n?.language ?? 'en'] ?? byLanguage.en ?? Object.values(byLanguage)[0] ?? ''

/** Every default of the input guard, in one place. */
export function withDefaults(options: InputGuardPluginConfig): InputGuardSettings {
  return {
    collections: options.collections,
    formatMessage: options.formatMessage ?? requestLanguage,
    limits: {
      maxRows: options.maxRows ?? 5000,
      maxJsonChars: options.maxJsonChars ?? 2_000_000,
      minYear: options.minYear ?? 1900,
      maxYear: options.maxYear ?? 2200,
      maxNesting: options.maxNesting ?? 100,
    },
    readDate: options.readDate,
    disabled: options.disabled ?? false,
  }
}
