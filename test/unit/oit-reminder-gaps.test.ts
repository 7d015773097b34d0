/**
 * The gaps of a due reminder come from the status reasons' machine fields: a missing month
 * is `reason.month`, whatever the words say (a reworded message must not stop reminders).
 */
import { describe, expect, it } from 'vitest'

import type { FrameworkItem, ItemStatus, Reason } from '@prongsai/oit/types'
import { gapsOf } from '@prongsai/oit/utilities'

const monthly = { window: 'monthly-first-half-current-fy' } as FrameworkItem
const statusWith = (reasons: Reason[]) => ({ status: 'incomplete', reasons }) as ItemStatus
const reworded = (month: string): Reason => ({
  code: 'month-missing',
  month,
  pending: false,
  message: { th: 'ข้อความที่เขียนใหม่', en: 'Words that say nothing of the month' },
})

describe('reminder gaps', () => {
  it('a month is due and missing when a reason carries it, whatever its words', () => {
    const now = new Date('2023-02-10T00:00:00Z')
    const gaps = gapsOf(monthly, statusWith([reworded('2022-12'), reworded('2022-10')]), 2566, now)
    expect(gaps.map((g) => g.key)).toEqual(['2022-10', '2022-12'])
    expect(gaps[0]!.label).toEqual({ th: 'เดือนตุลาคม 2565', en: 'October 2022' })
    expect(gaps[0]!.reasons).toEqual([reworded('2022-10').message])
  })

  it('a month not yet ended, or not named by any reason, is no gap', () => {
    const now = new Date('2022-11-10T00:00:00Z')
    expect(gapsOf(monthly, statusWith([reworded('2022-11')]), 2566, now)).toEqual([])
    expect(gapsOf(monthly, statusWith([]), 2566, new Date('2023-06-01T00:00:00Z'))).toEqual([])
  })
})
