import type { NumberField } from 'payload'

import { bilingual, type Label } from '@prongsai/shared/bilingual'
import { missingRequired } from './required'

/** The oldest and newest fiscal years (BE) an editor may enter: anything else is a typo (a CE year, say). */
export const FISCAL_YEAR_MIN = 2540
export const FISCAL_YEAR_MAX = 2600

export function validateFiscalYear(value: null | number | undefined): string | true {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value) || value < FISCAL_YEAR_MIN || value > FISCAL_YEAR_MAX) {
    const hint = value >= 1997 && value <= 2057 ? ` (${value} + 543 = ${value + 543}?)` : ''
    return bilingual(
      `ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง ${FISCAL_YEAR_MIN}–${FISCAL_YEAR_MAX}${hint}`,
      `Fiscal year must be a Buddhist-era year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}${hint}`,
    )
  }
  return true
}

export interface FiscalYearFieldOptions {
  name?: string
  label?: Label
  required?: boolean
  description?: Label
  /** A further check run after the range check, e.g. "not before the first year". */
  alsoCheck?: (value: number, data: Record<string, unknown>) => string | true
}

/** A fiscal year in the Buddhist era (ปีงบประมาณ พ.ศ.), e.g. 2566. */
export function fiscalYearField(options: FiscalYearFieldOptions = {}): NumberField {
  return {
    name: options.name ?? 'fiscalYear',
    type: 'number',
    index: true,
    required: options.required ?? false,
    label: options.label ?? { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (BE)' },
    validate: (value: null | number | undefined, { data, required }: { data: unknown; required?: boolean }) => {
      const missing = missingRequired(value, required)
      if (missing) return missing
      const inRange = validateFiscalYear(value)
      if (inRange !== true || value === null || value === undefined || !options.alsoCheck) return inRange
      return options.alsoCheck(value, (data ?? {}) as Record<string, unknown>)
    },
    admin: {
      step: 1,
      description: options.description ?? {
        th: 'ปีงบประมาณ พ.ศ. เช่น 2566 (1 ต.ค. 2565 – 30 ก.ย. 2566)',
        en: 'Buddhist-era fiscal year, e.g. 2566 (1 Oct 2022 – 30 Sep 2023)',
      },
    },
  }
}
