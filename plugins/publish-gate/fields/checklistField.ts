import type { Field } from 'payload'

import type { FieldLabels } from '../engine/describeGap'
import { CHECKLIST_FIELD } from '../engine/refusal'
import type { RuleSet } from '../rules/schema'
import { inEveryLanguage } from '../translations'

/** The live sidebar checklist (a UI field: it stores nothing). */
export function checklistField(sets: RuleSet[], labels: FieldLabels = {}): Field {
  return {
    name: CHECKLIST_FIELD,
    type: 'ui',
    label: inEveryLanguage((t) => t('checklist')),
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '@prongsai/publish-gate/client#Checklist',
          clientProps: { sets, labels },
        },
      },
    },
  }
}
