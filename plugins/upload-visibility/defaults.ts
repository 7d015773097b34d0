import type { UploadVisibilityPluginConfig } from './types'

export const DEFAULT_FIELD_NAME = 'public'

/** A reference field (upload or relationship) to an upload collection, as a dotted query path. */
export interface ReferencePath {
  /** Dotted path through groups, named tabs, arrays and blocks (`structure.politicalChart`). */
  path: string
  /** `relationTo` is a list: values are `{ relationTo, value }`. */
  polymorphic: boolean
}

/** A collection whose documents reference files, and where. */
export interface Referrer {
  slug: string
  /** Paths per upload collection referenced. */
  paths: Map<string, ReferencePath[]>
}

export interface UploadVisibilitySettings {
  fieldName: string
  label: NonNullable<UploadVisibilityPluginConfig['label']>
  refreshOnInit: boolean
  /** The upload collections whose files carry the flag. */
  uploads: string[]
  /** Every collection whose published documents make files public. */
  referrers: Referrer[]
}

/** Every default of the plugin, in one place (the upload and referrer lists are worked out from the config). */
export function withDefaults(
  options: UploadVisibilityPluginConfig,
): Omit<UploadVisibilitySettings, 'referrers' | 'uploads'> {
  return {
    fieldName: options.fieldName ?? DEFAULT_FIELD_NAME,
    label: options.label ?? { th: 'เผยแพร่ต่อสาธารณะแล้ว', en: 'Public' },
    refreshOnInit: options.refreshOnInit ?? true,
  }
}
