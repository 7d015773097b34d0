import type { Config, FieldAccess } from 'payload'

import type { CustomChecks } from './engine/evaluate'
import type { FormatMessage, PublishGatePluginConfig, RuleSetsBySlug } from './types'

export interface GateSettings {
  collections: RuleSetsBySlug
  globals: RuleSetsBySlug
  customChecks: CustomChecks
  formatMessage: FormatMessage
  completenessField: string
  completenessRead: FieldAccess | undefined
  readinessField: string
  readinessFieldCustom: Record<string, unknown> | undefined
  readinessIndexWith: string[]
  dashboardPanel: boolean
  dashboardScope: PublishGatePluginConfig['dashboardScope']
  refreshOnInit: boolean
  disabled: boolean
}

const requestLanguage: FormatMessage = (byLanguage, req) =>
  byLanguage[req?.i18n?.language ?? 'en'] ?? byLanguage.en ?? Object.values(byLanguage)[0] ?? ''

/** Every default of the publish gate, in one place. */
export function withDefaults(options: PublishGatePluginConfig, config: Config): GateSettings {
  const resolve = (value: PublishGatePluginConfig['collections']) =>
    typeof value === 'function' ? value(config) : (value ?? {})
  return {
    collections: options.disabled ? {} : resolve(options.collections),
    globals: options.disabled ? {} : resolve(options.globals),
    customChecks: options.customChecks ?? {},
    formatMessage: options.formatMessage ?? requestLanguage,
    completenessField: options.completenessField ?? 'completeness',
    completenessRead: options.completenessRead,
    readinessField: options.readinessField ?? 'readiness',
    readinessFieldCustom: options.readinessFieldCustom,
    readinessIndexWith: options.readinessIndexWith ?? [],
    dashboardPanel: options.dashboardPanel ?? true,
    dashboardScope: options.dashboardScope,
    refreshOnInit: options.refreshOnInit ?? true,
    disabled: options.disabled ?? false,
  }
}
