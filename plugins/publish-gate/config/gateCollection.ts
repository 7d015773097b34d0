import type { CollectionConfig } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import type { GateSettings } from '../defaults'
import { gateCollectionSave } from '../hooks/gateOnSave'
import { noteReferrers, type Referrer, rejudgeReferrers } from '../hooks/rejudgeReferrers'
import type { RuleSet } from '../rules/schema'
import { gateFor } from './gateEntity'

/**
 * Gated documents that reference a document of this collection are judged again when that
 * document is deleted (a file, an executive).
 */
export function withReferrers(
  collection: CollectionConfig,
  referrers: Map<string, Referrer[]>,
  settings: GateSettings,
): CollectionConfig {
  const list = referrers.get(collection.slug)
  if (!list) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), noteReferrers(list)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), rejudgeReferrers(settings)],
    },
  }
}

/** An index on the readiness field with `readinessIndexWith`, when the collection has all of those. */
function readinessIndexes(collection: CollectionConfig, settings: GateSettings): CollectionConfig['indexes'] {
  const has = new Set([
    ...collection.fields.flatMap((f) => ('name' in f ? [f.name] : [])),
    ...(hasDraftsEnabled(collection) ? ['_status'] : []),
  ])
  const indexWith = settings.readinessIndexWith
  const indexed = indexWith.length > 0 && indexWith.every((name) => has.has(name))
  return indexed
    ? [...(collection.indexes ?? []), { fields: [...indexWith, settings.readinessField] }]
    : collection.indexes
}

/** One collection with the gate's fields, list column, index and save hook (unchanged if not gated). */
export function gateCollection(
  collection: CollectionConfig,
  sets: RuleSet[] | undefined,
  settings: GateSettings,
): CollectionConfig {
  if (!sets) return collection
  const gate = gateFor(collection, sets, settings)
  const defaultColumns = collection.admin?.defaultColumns
  return {
    ...collection,
    indexes: readinessIndexes(collection, settings),
    admin: {
      ...collection.admin,
      defaultColumns: defaultColumns ? [...defaultColumns, settings.readinessField] : undefined,
    },
    fields: gate.fields,
    hooks: {
      ...collection.hooks,
      // Appended: the gate judges the data as the collection's own hooks left it.
      beforeChange: [...(collection.hooks?.beforeChange ?? []), gateCollectionSave(gate.save)],
    },
  } satisfies CollectionConfig
}
