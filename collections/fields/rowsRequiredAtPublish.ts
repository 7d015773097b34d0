import type { CollectionConfig, Field, Validate } from 'payload'

import { validations } from 'payload'

/**
 * Drafts always save, blank rows included: a field marked `required` inside a list (an
 * array or blocks row: a purchase's "งานที่ซื้อหรือจ้าง", a bidder's name) is required when
 * the document is published, not while it is a draft. Payload validates drafts of these
 * collections (`drafts.validate: true`, so malformed values are refused even in a draft)
 * and would refuse a draft with one empty row; this keeps every other check of the field
 * (format, range) on drafts and only lifts `required`. Top-level identity fields stay
 * required even in drafts.
 */
function atPublish(field: Field): Field {
  if (!('required' in field) || field.required !== true) return field
  const strict = (field as { validate?: Validate }).validate ?? (validations as unknown as Record<string, Validate>)[field.type]
  if (!strict) return field
  const validate: Validate = (value, options) =>
    strict(value, (options.data as { _status?: unknown } | undefined)?._status === 'draft' ? { ...options, required: false } : options)
  return { ...field, validate } as Field
}

/** Walks a field list; inside a row (`inRow`) required fields become required at publish. */
export function relaxRows(fields: Field[], inRow = false): Field[] {
  return fields.map((field) => {
    const own = inRow ? atPublish(field) : field
    if (own.type === 'array') return { ...own, fields: relaxRows(own.fields, true) }
    if (own.type === 'blocks') {
      return { ...own, blocks: own.blocks.map((block) => ({ ...block, fields: relaxRows(block.fields, true) })) }
    }
    if (own.type === 'tabs') return { ...own, tabs: own.tabs.map((tab) => ({ ...tab, fields: relaxRows(tab.fields, inRow) })) }
    if ('fields' in own && Array.isArray(own.fields)) return { ...own, fields: relaxRows(own.fields, inRow) } as Field
    return own
  })
}

/** Applied to every collection with drafts (payload.config.ts). */
export function rowsRequiredAtPublish(collection: CollectionConfig): CollectionConfig {
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) return collection
  return { ...collection, fields: relaxRows(collection.fields) }
}
