import path from 'node:path'

import type { OitPluginConfig } from './types'

/** Every default of the OIT plugin, in one place. */
export function withDefaults(
  options: OitPluginConfig,
): Required<Omit<OitPluginConfig, 'frameworks'>> & Pick<OitPluginConfig, 'frameworks'> {
  return {
    frameworksDir: options.frameworksDir ?? path.resolve(process.cwd(), 'plugins/oit/frameworks'),
    frameworks: options.frameworks,
    endpointPrefix: options.endpointPrefix ?? '/oit',
    siteUrl: options.siteUrl ?? process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000',
    disabled: options.disabled ?? false,
  }
}
