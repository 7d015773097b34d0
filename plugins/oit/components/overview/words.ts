import type { Label } from '@prongsai/shared/bilingual'
import type { OitKey } from '../../translations'
import type { TextLanguage } from '../textLanguage'

/** What every part of the view across organisations is given to speak with. */
export interface OverviewWords {
  language: TextLanguage
  t: (key: OitKey, vars?: Record<string, unknown>) => string
  /** A label in the reader's language. */
  say: (label: Label | string) => string
}
