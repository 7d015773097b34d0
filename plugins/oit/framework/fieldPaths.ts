/**
 * Resolves a dotted field path (`contact.phone`) against a collection's fields the way
 * data is stored: named groups, named tabs and arrays add a segment; rows, collapsibles
 * and unnamed tabs do not.
 */
import type { Field } from 'payload'

/** The data-bearing fields at one level, with presentational wrappers flattened away. */
export function dataFields(fields: readonly Field[]): Field[] {
  const out: Field[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...dataFields(field.fields))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          out.push({ type: 'group', name: tab.name, fields: tab.fields } as Field)
        } else {
          out.push(...dataFields(tab.fields))
        }
      }
    } else {
      out.push(field)
    }
  }
  return out
}

/** The field at a path, or undefined. */
export function fieldAtPath(fields: readonly Field[], path: string): Field | undefined {
  const [head, ...rest] = path.split('.')
  const field = dataFields(fields).find((f) => 'name' in f && f.name === head)
  if (!field || rest.length === 0) return field
  if (field.type === 'group' || field.type === 'array') return fieldAtPath(field.fields, rest.join('.'))
  return undefined
}

/** Option values of a select field (or undefined for other fields). */
export function selectValues(field: Field | undefined): string[] | undefined {
  if (!field || field.type !== 'select') return undefined
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

/**
 * Thai labels of the components a scanned PDF can state (`componentLocations.component`),
 * by key: for the status reasons and the public document page alike.
 */
export function componentLabels(fields: readonly Field[]): Map<string, string> {
  const field = fieldAtPath(fields, 'componentLocations.component') as
    { options?: { value: string; label: Record<string, string> | string }[] } | undefined
  return new Map(
    (field?.options ?? []).map((o) => [o.value, typeof o.label === 'string' ? o.label : (o.label.th ?? o.value)]),
  )
}
