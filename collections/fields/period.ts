import type { Field } from 'payload'

import { bilingual, type Label } from '@prongsai/shared/bilingual'
import { missingRequired } from './required'

/** Whether an end date comes on or after its start (both optional). */
export function validateEndAfterStart(end: unknown, start: unknown): string | true {
  if (!end || !start) return true
  if (new Date(end as string).getTime() < new Date(start as string).getTime()) {
    return bilingual('วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น', 'The end date must not be before the start date')
  }
  return true
}

export interface PeriodFieldOptions {
  startName?: string
  endName?: string
  startLabel?: Label
  endLabel?: Label
  required?: boolean
}

/** A start and end date side by side; the end may not come before the start. */
export function periodFields(options: PeriodFieldOptions = {}): Field {
  const startName = options.startName ?? 'periodStart'
  const endName = options.endName ?? 'periodEnd'
  return {
    type: 'row',
    fields: [
      {
        name: startName,
        type: 'date',
        required: options.required ?? false,
        label: options.startLabel ?? { th: 'วันเริ่มต้น', en: 'Start date' },
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, width: '50%' },
      },
      {
        name: endName,
        type: 'date',
        required: options.required ?? false,
        label: options.endLabel ?? { th: 'วันสิ้นสุด', en: 'End date' },
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, width: '50%' },
        validate: (value: unknown, { required, siblingData }: { required?: boolean; siblingData: Record<string, unknown> }) =>
          missingRequired(value, required) ?? validateEndAfterStart(value, siblingData?.[startName]),
      },
    ],
  }
}
