import type { Payload, SanitizedConfig } from 'payload'

import type { InstancesSettings } from '../types'

/** Where the plugin keeps its settings on the config, for the utilities. */
export const CUSTOM_KEY = 'instancesPlugin'

export function settingsOf(payloadOrConfig: Payload | SanitizedConfig): InstancesSettings {
  const config = 'config' in payloadOrConfig ? payloadOrConfig.config : payloadOrConfig
  const settings = (config.custom as Record<string, unknown> | undefined)?.[CUSTOM_KEY]
  if (!settings) throw new Error('[instancesPlugin] the plugin is not in this config')
  return settings as InstancesSettings
}
