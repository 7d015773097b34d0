import type { Field } from 'payload'

import type { FieldLabels } from '../engine/describeGap'
import type { RuleSet } from '../rules/schema'

/** The live sidebar checklist (a UI field: it stores nothing). */
export function checklistField(sets: RuleSet[], labels: FieldLabels = {}): Field {
  return {
    name: 'publishChecklist',
    type: 'ui',
    label: { th: 'รายการตรวจก่อนเผยแพร่', en: 'Pre-publish checklist' },
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '/plugins/publish-gate/components/Checklist#Checklist',
          clientProps: { sets, labels },
        },
      },
    },
  }
}
