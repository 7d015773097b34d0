import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import type { GateSettings } from '../defaults'
import { checklistField } from '../fields/checklistField'
import { completenessField } from '../fields/completenessField'
import { fieldLabels } from '../fields/fieldLabels'
import { readinessField } from '../fields/readinessField'
import type { GateOnSaveOptions } from '../hooks/gateOnSave'
import type { RuleSet } from '../rules/schema'

export interface EntityGate {
  /** The gate's fields (checklist, readiness, completeness) before the entity's own. */
  fields: Field[]
  /** What the save hook needs to judge this entity. */
  save: GateOnSaveOptions
}

/** The fields and save options that gate one collection or global by its rule sets. */
export function gateFor(
  entity: CollectionConfig | GlobalConfig,
  sets: RuleSet[],
  settings: GateSettings,
): EntityGate {
  const labels = fieldLabels(entity.fields)
  const save: GateOnSaveOptions = {
    labels,
    slug: entity.slug,
    sets,
    customChecks: settings.customChecks,
    readinessField: settings.readinessField,
    formatMessage: settings.formatMessage,
    hasDrafts: hasDraftsEnabled(entity),
  }
  const gateFields = [
    checklistField(sets, labels),
    readinessField(settings.readinessField, settings.readinessFieldCustom),
    completenessField(settings.completenessField, sets, settings.customChecks, settings.completenessRead),
  ]
  return { fields: [...gateFields, ...entity.fields], save }
}
