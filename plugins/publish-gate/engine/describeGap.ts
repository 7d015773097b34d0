/** Names a row that misses something, in the editor's words: "รายการที่ 3: ขาดผู้ได้รับการคัดเลือก". */
import { type Translate, translatorFor } from '../translations'
import type { RowGap } from './evaluate'
import { type LocalizedText, localize } from './localize'

/**
 * Labels by field path without row numbers: a list's path gives its row name (its
 * singular label: "รายการ"), `list.sub` a sub-field's label ("ผู้ได้รับการคัดเลือก").
 */
export type FieldLabels = Record<string, LocalizedText | string>

/** `translate`: Payload's `t` in the admin; by default the plugin's own strings of `language`. */
export function describeGap(gap: RowGap, labels: FieldLabels, language: string, translate: Translate = translatorFor(language)): string {
  const row = labels[gap.list] ? localize(labels[gap.list], language) : translate('row')
  const missing = gap.missing.map((sub) => {
    const label = labels[`${gap.list}.${sub}`]
    return label ? localize(label, language) : sub
  })
  return translate('rowGap', { row, index: gap.index + 1, missing: missing.join(', ') })
}
