import { describe, expect, it } from 'vitest'

import type { FrameworkItem } from '@prongsai/oit/types'
import { dueMonths, nextDue } from '@prongsai/oit/utilities'

const item = (window: FrameworkItem['window']) => ({ window }) as FrameworkItem
const at = (iso: string) => new Date(iso)

describe('when things fall due (FY 2566: Oct 2022 – Sep 2023)', () => {
  it('a month is due once it has ended, on Bangkok time', () => {
    expect(dueMonths(2566, at('2022-10-31T16:59:59Z')).map((m) => m.labelTh)).toEqual([])
    expect(dueMonths(2566, at('2022-10-31T17:00:00Z')).map((m) => m.labelTh)).toEqual(['ตุลาคม 2565'])
    expect(dueMonths(2566, at('2023-06-01T00:00:00Z'))).toHaveLength(6)
  })

  it('monthly: the first month not yet covered, by its last day, even when overdue', () => {
    const covered = new Set(['2022-10', '2022-11'])
    expect(nextDue(item('monthly-first-half-current-fy'), 2566, at('2023-02-10T00:00:00Z'), covered)).toEqual({
      date: '2022-12-31',
      overdue: true,
      what: { th: 'สขร.1 เดือนธันวาคม 2565', en: 'Monthly summary for December 2022' },
    })
    const all = new Set(['2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03'])
    expect(nextDue(item('monthly-first-half-current-fy'), 2566, at('2023-05-01T00:00:00Z'), all)).toBeNull()
  })

  it('six-month data by 31 March; the rest before the assessment; nothing once past or for kept-current items', () => {
    expect(nextDue(item('first-half-current-fy'), 2566, at('2023-02-01T00:00:00Z'))?.date).toBe('2023-03-31')
    expect(nextDue(item('current-fy'), 2566, at('2022-11-01T00:00:00Z'))?.date).toBe('2023-03-31')
    expect(nextDue(item('current-fy'), 2566, at('2023-04-02T00:00:00Z'))).toBeNull()
    expect(nextDue(item('current'), 2566, at('2022-11-01T00:00:00Z'))).toBeNull()
  })

  it('a due date reads as overdue once its last day has ended in Bangkok, not before', () => {
    const monthly = item('monthly-first-half-current-fy')
    // 31 ต.ค. 2565 ends at 17:00 UTC.
    expect(nextDue(monthly, 2566, at('2022-10-31T16:59:59Z'))).toMatchObject({ date: '2022-10-31', overdue: false })
    expect(nextDue(monthly, 2566, at('2022-10-31T17:00:00Z'))).toMatchObject({ date: '2022-10-31', overdue: true })
    // Fourteen months later the same month is still the next thing due, and overdue.
    expect(nextDue(monthly, 2569, at('2026-12-07T05:00:00Z'))).toMatchObject({ date: '2025-10-31', overdue: true })
    // What is still ahead is never overdue.
    expect(nextDue(item('current-fy'), 2570, at('2026-12-07T05:00:00Z'))).toMatchObject({
      date: '2027-03-31',
      overdue: false,
    })
  })
})
