import type { FrameworkSource } from './framework/load'
import type { Framework } from './framework/schema'

export interface OitPluginConfig {
  /**
   * Folder of ITA framework data files (`*.json`, one per assessment year). Adding a
   * year means adding a file here.
   * @default `<cwd>/plugins/oit/frameworks`
   */
  frameworksDir?: string
  /**
   * Framework data given directly instead of (not in addition to) `frameworksDir`,
   * e.g. in tests.
   * @default undefined
   */
  frameworks?: FrameworkSource[]
  /**
   * Origin of the public site, for the URLs of items and documents in the status, the
   * public index and the ITAS sheet.
   * @default process.env.NEXT_PUBLIC_SERVER_URL, else 'http://localhost:3000'
   */
  siteUrl?: string
  /**
   * Path prefix of the read-only endpoints under the API route.
   * @default '/oit'
   */
  endpointPrefix?: string
  /**
   * Turn the plugin off (keeps the config unchanged).
   * @default false
   */
  disabled?: boolean
}

/** What the plugin leaves in `config.custom.oit` for the gate, dashboard and exporters. */
export interface OitCustomConfig {
  frameworks: Framework[]
  /** Origin of the public site (item and document URLs). */
  siteUrl: string
}
