import type { PayloadRequest } from 'payload'

import type { ShapeContext, ShapeLimits } from './shape/checkShape'

/** Turns one message in each language (`{ th, en }`) into the text a client gets. */
export type FormatMessage = (byLanguage: Record<string, string>, req: PayloadRequest | undefined) => string

export interface InputGuardPluginConfig {
  /**
   * Collections to guard (slugs). Payload's own collections (`payload-*`) are never guarded.
   * @default every collection in the config
   */
  collections?: string[]
  /**
   * How a message in several languages is given to the client.
   * @default the request's language, else English
   */
  formatMessage?: FormatMessage
  /**
   * Largest array or blocks field, in rows.
   * @default 5000
   */
  maxRows?: ShapeLimits['maxRows']
  /**
   * Largest rich-text or JSON value, in characters of its JSON.
   * @default 2000000
   */
  maxJsonChars?: ShapeLimits['maxJsonChars']
  /**
   * Earliest year (CE) a date field accepts.
   * @default 1900
   */
  minYear?: ShapeLimits['minYear']
  /**
   * Latest year (CE) a date field accepts; a Buddhist-era year sent as CE (2566) is past it.
   * @default 2200
   */
  maxYear?: ShapeLimits['maxYear']
  /**
   * Reads a date sent as text other than ISO 8601 ("18/12/2569", "ธันวาคม 69"): returns the
   * ISO instant to store, or null when it is no date (then a 400 on that field). `appearance`
   * is the field's `admin.date.pickerAppearance` ('monthOnly' for a month).
   * @default none: such text is read by `Date.parse`
   */
  readDate?: ShapeContext['readDate']
  /**
   * How deep objects and lists may nest anywhere in a body (rich text included).
   * @default 100
   */
  maxNesting?: ShapeLimits['maxNesting']
  /**
   * Turn the plugin off: the config is returned unchanged.
   * @default false
   */
  disabled?: boolean
}
