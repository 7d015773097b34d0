import type { Config } from 'payload'

import type { CustomChecks } from './engine/evaluate'
import type { PublishGatePluginConfig, RuleSetsBySlug } from './types'

export interface GateSettings {
  collections: RuleSetsBySlug
  globals: RuleSetsBySlug
  customChecks: CustomChecks
  completenessField: string
  readinessField: string
  readinessFieldCustom: Record<string, unknown> | undefined
  readinessIndexWith: string[]
  dashboardPanel: boolean
  refreshOnInit: boolean
  disabled: boolean
}

/** Every default of the publish gate, in one place. */
export function withDefaults(options: PublishGatePluginConfig, config: Config): GateSettings {
  const resolve = (value: PublishGatePluginConfig['collections']) =>
    typeof value === 'function' ? value(config) : (value ?? {})
  return {
    collections: options.disabled ? {} : resolve(options.collections),
    globals: options.disabled ? {} : resolve(options.globals),
    customChecks: options.customChecks ?? {},
    completenessField: options.completenessField ?? 'completeness',
    readinessField: options.readinessField ?? 'readiness',
    readinessFieldCustom: options.readinessFieldCustom,
    readinessIndexWith: options.readinessIndexWith ?? [],
    dashboardPanel: options.dashboardPanel ?? true,
    refreshOnInit: options.refreshOnInit ?? true,
    disabled: options.disabled ?? false,
  }
}
