import { bilingual } from '@prongsai/shared/bilingual'

/**
 * A field with its own `validate` loses Payload's built-in required check, so every
 * custom validator starts here.
 */
export function missingRequired(value: unknown, required: boolean | undefined): string | undefined {
  if (!required) return undefined
  const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  return empty ? bilingual('ต้องกรอกข้อมูลช่องนี้', 'This field is required') : undefined
}
