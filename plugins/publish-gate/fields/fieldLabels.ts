import type { Field } from 'payload'

import type { FieldLabels } from '../engine/describeGap'
import type { LocalizedText } from '../engine/localize'

/** A label as words by language (a plain string stays as it is); a label function is skipped. */
function textOf(label: unknown): LocalizedText | string | undefined {
  if (typeof label === 'string') return label || undefined
  if (label && typeof label === 'object') {
    const entries = Object.entries(label).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    if (entries.length) return Object.fromEntries(entries)
  }
  return undefined
}

/**
 * The labels the checklist and the refusal use to name a field, a row and what it misses:
 * each list (array) by its singular label, every other field by its label, keyed by path
 * without row numbers (`contact.phone`, `rows`, `rows.winner`). Read once from the config.
 */
export function fieldLabels(fields: Field[], prefix = '', out: FieldLabels = {}): FieldLabels {
  for (const field of fields) {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabPath = 'name' in tab && tab.name ? `${prefix}${tab.name}` : undefined
        const label = tabPath ? textOf(tab.label) : undefined
        if (tabPath && label) out[tabPath] = label
        const tabPrefix = tabPath ? `${tabPath}.` : prefix
        fieldLabels(tab.fields, tabPrefix, out)
      }
      continue
    }
    if (named) {
      const label = textOf('label' in field ? field.label : undefined)
      if (label) out[named] = label
    }
    if (field.type === 'array' && named) {
      const row = textOf(field.labels?.singular) ?? textOf(field.label)
      if (row) out[named] = row
      fieldLabels(field.fields, `${named}.`, out)
      continue
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      fieldLabels(field.fields, named ? `${named}.` : prefix, out)
    }
  }
  return out
}
