import type { FieldLabels } from './describeGap'
import { localize } from './localize'

/**
 * A field path in the editor's words, as Payload names a field in its own validation errors
 * (`ช่องทางการติดต่อ > โทรศัพท์`, a row by its number: `รายการ 3 > ผู้ได้รับการคัดเลือก`).
 * A segment without a label keeps its name. A comma in a label becomes "，": Payload's message
 * and the admin's toast separate the fields by commas.
 */
export function pathLabel(path: string, labels: FieldLabels, language: string): string {
  const parts: string[] = []
  const keys: string[] = []
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (parts.length) parts[parts.length - 1] += ` ${Number(segment) + 1}`
      continue
    }
    keys.push(segment)
    const label = labels[keys.join('.')]
    parts.push((label ? localize(label, language) : segment).replaceAll(',', '，'))
  }
  return parts.join(' > ')
}
