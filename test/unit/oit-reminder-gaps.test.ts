/**
 * The gaps of a due reminder come from the status reasons' machine fields: a missing month
 * is `reason.month`, whatever the words say (a reworded message must not stop reminders).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { FrameworkItem, ItemStatus, Reason } from '@prongsai/oit/types'
import { gapsOf, translations } from '@prongsai/oit/utilities'

const words = (language: 'th' | 'en') => translations[language]['plugin-oit']
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? `{{${name}}}`)

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

  it('the six months are labelled from the translations, in each language', () => {
    const sixMonths = { window: 'first-half-current-fy' } as FrameworkItem
    const [gap] = gapsOf(sixMonths, { status: 'missing', reasons: [] } as unknown as ItemStatus, 2566, new Date('2023-06-01T00:00:00Z'))
    expect(gap!.key).toBe('first-half')
    expect(gap!.label).toEqual({
      th: fill(words('th').reminderGapSixMonths, { from: '1 ตุลาคม 2565', to: '31 มีนาคม 2566' }),
      en: fill(words('en').reminderGapSixMonths, { from: '2022-10-01', to: '2023-03-31' }),
    })
    expect(gap!.label).toEqual({ th: 'รอบ 6 เดือน 1 ตุลาคม 2565 – 31 มีนาคม 2566', en: 'six months, 2022-10-01 to 2023-03-31' })
  })

  it('a month is labelled from the translations; reminderGaps.ts writes no word of its own', () => {
    const [gap] = gapsOf(monthly, statusWith([reworded('2022-10')]), 2566, new Date('2023-02-10T00:00:00Z'))
    expect(gap!.label).toEqual({
      th: fill(words('th').reminderGapMonth, { month: 'ตุลาคม 2565' }),
      en: fill(words('en').reminderGapMonth, { month: 'October 2022' }),
    })
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../plugins/oit/jobs/reminderGaps.ts'), 'utf8')
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    expect(code).not.toMatch(/[\u0E00-\u0E7F]/)
    expect(code).not.toMatch(/['"`][^'"`]*\b(six months|to)\b[^'"`]*['"`]/)
  })
})
