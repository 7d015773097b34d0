import type { Field } from 'payload'

import { bilingual, type Label } from '@prongsai/shared/bilingual'

/**
 * "If there is none, publish that there is none" (o19, o21, o29): a declaration with its
 * explanation stands in for the rows.
 */
export function declaredNoneFields(label: Label, explanationHint: Label): Field {
  return {
    name: 'declaredNone',
    type: 'group',
    label: { th: 'ประกาศว่าไม่มี', en: 'Declaration of none' },
    fields: [
      {
        name: 'isNone',
        type: 'checkbox',
        label,
        defaultValue: false,
      },
      {
        name: 'explanation',
        type: 'textarea',
        label: { th: 'คำอธิบาย', en: 'Explanation' },
        admin: {
          condition: (_, siblingData) => Boolean(siblingData?.isNone),
          description: explanationHint,
        },
        validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData?.isNone && !value?.trim()
            ? bilingual('เมื่อประกาศว่าไม่มี ต้องอธิบายเหตุผล', 'A declaration of none needs its explanation')
            : true,
      },
    ],
  }
}
