import type { CollectionBeforeChangeHook, Field } from 'payload'

import { fieldAffectsData, isPlainObject, tabHasName } from 'payload/shared'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data => isPlainObject(value) && !Array.isArray(value)

/**
 * Array and blocks rows keep their ids only where the id is this document's own: on a
 * create every row gets a new id, on an update an id the document did not have (copied
 * from another document, or sent twice) is renewed. A client that copies a document with
 * its row ids would otherwise collide with the original's rows in the database.
 * Runs before Payload's field hooks, which give a row without an id a fresh one.
 */
export const renewRowIds: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc }) => {
  const own = new Set<unknown>()
  if (operation === 'update' && originalDoc) collectRowIds(collection.fields, originalDoc, own)
  const seen = new Set<unknown>()
  visitRows(collection.fields, data, (row) => {
    if (!own.has(row.id) || seen.has(row.id)) delete row.id
    else seen.add(row.id)
  })
  return data
}

function collectRowIds(fields: Field[], data: Data, ids: Set<unknown>) {
  visitRows(fields, data, (row) => {
    if (row.id !== undefined && row.id !== null) ids.add(row.id)
  })
}

/** Calls `visit` on every array and blocks row in `data`, at any depth. */
function visitRows(fields: Field[], data: Data, visit: (row: Data) => void) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!tabHasName(tab)) visitRows(tab.fields, data, visit)
        else if (isObject(data[tab.name])) visitRows(tab.fields, data[tab.name] as Data, visit)
      }
      continue
    }
    if (!fieldAffectsData(field)) {
      if ('fields' in field && Array.isArray(field.fields)) visitRows(field.fields, data, visit)
      continue
    }
    const value = data[field.name]
    if (field.type === 'group' && isObject(value)) visitRows(field.fields, value, visit)
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      for (const row of value) {
        if (!isObject(row)) continue
        visit(row)
        if (field.type === 'array') visitRows(field.fields, row, visit)
        else {
          const block = (field.blocks ?? []).find((b) => b.slug === row.blockType)
          if (block) visitRows(block.fields, row, visit)
        }
      }
    }
  }
}
