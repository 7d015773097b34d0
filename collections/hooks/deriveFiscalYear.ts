import type { FieldHook } from 'payload'

import { fiscalYearOf } from '../../src/lib/thai-calendar'

/**
 * Field hook for `fiscalYear` on dated documents (news, announcements, activities): the
 * fiscal year follows the date, so the two can never disagree.
 */
export function deriveFiscalYearFrom(dateField: string): FieldHook {
  return ({ siblingData, value }) => {
    const date = siblingData?.[dateField]
    if (!date) return value
    try {
      return fiscalYearOf(date as string)
    } catch {
      return value
    }
  }
}
