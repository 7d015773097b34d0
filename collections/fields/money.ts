import type { NumberField } from 'payload'

import { bilingual, type Label } from '../../src/lib/bilingual'
import { missingRequired } from './required'

export function validateAmount(value: null | number | undefined, args?: { required?: boolean }): string | true {
  const missing = missingRequired(value, args?.required)
  if (missing) return missing
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    return bilingual('จำนวนเงินต้องไม่ติดลบ', 'Amount must not be negative')
  }
  return true
}

/** An amount in baht (never negative). */
export function moneyField(name: string, label: Label, options: { required?: boolean } = {}): NumberField {
  return {
    name,
    type: 'number',
    label,
    required: options.required ?? false,
    validate: validateAmount,
    admin: { description: { th: 'บาท', en: 'baht' } },
  }
}

/** A count of things (never negative, whole). */
export function countField(name: string, label: Label, options: { required?: boolean } = {}): NumberField {
  return {
    name,
    type: 'number',
    label,
    required: options.required ?? false,
    validate: (value: null | number | undefined, args: { required?: boolean }) =>
      missingRequired(value, args?.required) ??
      (value === null || value === undefined || (Number.isInteger(value) && value >= 0)
        ? true
        : bilingual('จำนวนต้องเป็นจำนวนเต็มไม่ติดลบ', 'Count must be a whole number, not negative')),
  }
}
