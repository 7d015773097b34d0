import type { FieldHook } from 'payload'

import { fiscalYearOf } from '@prongsai/shared/thai-calendar'

/**
 * Field hook for `fiscalYear` on dated documents (news, announcements, activities): the
 * fiscal year follows the date, so the two can never disagree. An update that does not
 * send the date takes it from the stored document: a fiscal year sent alone (2569 for
 * a December 2569 summary, say) is corrected, never a block.
 */
export function deriveFiscalYearFrom(dateField: string): FieldHook {
  return ({ originalDoc, siblingData, value }) => {
    const date = siblingData && dateField in siblingData ? siblingData[dateField] : originalDoc?.[dateField]
    if (!date) return value
    try {
      return fiscalYearOf(date as string)
    } catch {
      return value
    }
  }
}
