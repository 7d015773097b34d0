/** Names a row that misses something, in the editor's words: "รายการที่ 3: ขาดผู้ได้รับการคัดเลือก". */
import type { RowGap } from './evaluate'

export type Bilingual = { th: string; en: string }

/**
 * Labels by field path without row numbers: a list's path gives its row name (its
 * singular label: "รายการ"), `list.sub` a sub-field's label ("ผู้ได้รับการคัดเลือก").
 */
export type FieldLabels = Record<string, Bilingual>

export function describeGap(gap: RowGap, labels: FieldLabels, lang: 'en' | 'th'): string {
  const row = labels[gap.list] ?? { th: 'แถว', en: 'Row' }
  const names = gap.missing.map((sub) => labels[`${gap.list}.${sub}`]?.[lang] ?? sub)
  return lang === 'th'
    ? `${row.th}ที่ ${gap.index + 1}: ขาด${names.join(', ')}`
    : `${row.en} ${gap.index + 1}: missing ${names.join(', ')}`
}
