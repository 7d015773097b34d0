import type { Field } from 'payload'

import type { Bilingual, FieldLabels } from '../engine/describeGap'

function bilingualOf(label: unknown): Bilingual | undefined {
  if (typeof label === 'string') return { th: label, en: label }
  if (label && typeof label === 'object') {
    const record = label as Record<string, unknown>
    const th = typeof record.th === 'string' ? record.th : undefined
    const en = typeof record.en === 'string' ? record.en : undefined
    if (th || en) return { th: th ?? en!, en: en ?? th! }
  }
  return undefined
}

/**
 * The labels the checklist and the refusal use to name a row and what it misses: each
 * list (array) by its singular label, each field inside a list by its label, keyed by path
 * without row numbers (`rows`, `rows.winner`). Read once from the config.
 */
export function fieldLabels(fields: Field[], prefix = '', inList = false, out: FieldLabels = {}): FieldLabels {
  for (const field of fields) {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabPrefix = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
        fieldLabels(tab.fields, tabPrefix, inList, out)
      }
      continue
    }
    if (named && inList) {
      const label = bilingualOf('label' in field ? field.label : undefined)
      if (label) out[named] = label
    }
    if (field.type === 'array' && named) {
      const row = bilingualOf(field.labels?.singular) ?? bilingualOf(field.label)
      if (row) out[named] = row
      fieldLabels(field.fields, `${named}.`, true, out)
      continue
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      fieldLabels(field.fields, named ? `${named}.` : prefix, inList, out)
    }
  }
  return out
}
