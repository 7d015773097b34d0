import { describe, expect, it } from 'vitest'

import {
  bangkokDay,
  beToCe,
  ceToBe,
  firstHalfOfFiscalYear,
  fiscalYearBounds,
  fiscalYearOf,
  formatFiscalYear,
  formatThaiDate,
  fromThaiDigits,
  isWithin,
  monthsOfFiscalYear,
  toThaiDigits,
} from '@prongsai/shared/thai-calendar'

describe('Buddhist era ⇄ common era', () => {
  it.each([
    [2023, 2566],
    [2026, 2569],
    [1957, 2500],
  ])('%i CE is %i BE and back', (ce, be) => {
    expect(ceToBe(ce)).toBe(be)
    expect(beToCe(be)).toBe(ce)
  })

  it('refuses a fractional year', () => {
    expect(() => ceToBe(2023.5)).toThrow(/Year must be a whole number/)
  })
})

describe('fiscalYearOf (Bangkok wall clock)', () => {
  it.each([
    ['2022-09-30T23:59:59+07:00', 2565, 'last second of FY 2565'],
    ['2022-10-01T00:00:00+07:00', 2566, 'first second of FY 2566'],
    ['2023-09-30T12:00:00+07:00', 2566, '30 Sep stays in the old year'],
    ['2023-10-01T00:00:00+07:00', 2567, '1 Oct opens the new year'],
    ['2022-12-31T23:59:59+07:00', 2566, 'calendar year end does not change the FY'],
    ['2023-01-01T00:00:00+07:00', 2566, 'new calendar year, same FY'],
    ['2024-02-29T10:00:00+07:00', 2567, '29 Feb of a leap year'],
    ['2026-11-22T09:00:00+07:00', 2570, 'late 2026 is FY 2570'],
  ])('%s → %i (%s)', (iso, fy) => {
    expect(fiscalYearOf(iso)).toBe(fy)
  })

  it('judges by Bangkok time, not UTC: 30 Sep 17:00 UTC is already 1 Oct in Thailand', () => {
    expect(fiscalYearOf('2023-09-30T16:59:59Z')).toBe(2566)
    expect(fiscalYearOf('2023-09-30T17:00:00Z')).toBe(2567)
  })

  it('refuses an invalid date with a bilingual message', () => {
    expect(() => fiscalYearOf('not a date')).toThrow(/วันที่ไม่ถูกต้อง \/ Invalid date/)
  })
})

describe('fiscalYearBounds', () => {
  it('FY 2566 is 2022-10-01 … 2023-09-30', () => {
    const fy = fiscalYearBounds(2566)
    expect(fy.firstDay).toBe('2022-10-01')
    expect(fy.lastDay).toBe('2023-09-30')
    expect(fy.start.toISOString()).toBe('2022-09-30T17:00:00.000Z')
    expect(fy.end.toISOString()).toBe('2023-09-30T17:00:00.000Z')
  })

  it('is half-open: its last instant is inside, the next FY start is outside', () => {
    const fy = fiscalYearBounds(2566)
    expect(isWithin(fy.end.getTime() - 1, fy)).toBe(true)
    expect(isWithin(fy.end, fy)).toBe(false)
    expect(isWithin(fy.start, fy)).toBe(true)
    expect(isWithin(fy.start.getTime() - 1, fy)).toBe(false)
  })

  it('agrees with fiscalYearOf at both edges for many years', () => {
    for (let year = 2540; year <= 2600; year++) {
      const { start, end } = fiscalYearBounds(year)
      expect(fiscalYearOf(start)).toBe(year)
      expect(fiscalYearOf(end.getTime() - 1)).toBe(year)
      expect(fiscalYearOf(end)).toBe(year + 1)
    }
  })
})

describe('firstHalfOfFiscalYear (Oct–Mar)', () => {
  it('FY 2567 first half ends on 31 March 2024, leap year or not', () => {
    const half = firstHalfOfFiscalYear(2567)
    expect(half.firstDay).toBe('2023-10-01')
    expect(half.lastDay).toBe('2024-03-31')
    expect(isWithin('2024-02-29T12:00:00+07:00', half)).toBe(true)
    expect(isWithin('2024-03-31T23:59:59+07:00', half)).toBe(true)
    expect(isWithin('2024-04-01T00:00:00+07:00', half)).toBe(false)
  })
})

describe('monthsOfFiscalYear', () => {
  const months = monthsOfFiscalYear(2566)

  it('lists twelve months from October to September', () => {
    expect(months).toHaveLength(12)
    expect(months.map((m) => m.month)).toEqual([10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(months[0]!.labelTh).toBe('ตุลาคม 2565')
    expect(months[3]!.labelTh).toBe('มกราคม 2566')
    expect(months[11]!.labelEn).toBe('September 2023')
  })

  it('gives each month its real length (February 2024 has 29 days)', () => {
    const feb2024 = monthsOfFiscalYear(2567).find((m) => m.month === 2)!
    expect(feb2024.firstDay).toBe('2024-02-01')
    expect(feb2024.lastDay).toBe('2024-02-29')
    const feb2023 = months.find((m) => m.month === 2)!
    expect(feb2023.lastDay).toBe('2023-02-28')
  })

  it('tiles the fiscal year without gaps', () => {
    for (let i = 1; i < months.length; i++) {
      expect(months[i]!.start.getTime()).toBe(months[i - 1]!.end.getTime())
    }
    expect(months[11]!.end.getTime()).toBe(fiscalYearBounds(2566).end.getTime())
  })
})

describe('Thai formatting', () => {
  const instant = '2022-10-01T08:00:00+07:00'

  it('formats a long Thai date in the Buddhist era', () => {
    expect(formatThaiDate(instant)).toBe('1 ตุลาคม 2565')
  })

  it('formats with Thai digits', () => {
    expect(formatThaiDate(instant, { thaiDigits: true })).toBe('๑ ตุลาคม ๒๕๖๕')
  })

  it('formats the short and numeric styles', () => {
    expect(formatThaiDate(instant, { style: 'short' })).toBe('1 ต.ค. 65')
    expect(formatThaiDate(instant, { style: 'numeric' })).toBe('1/10/2565')
  })

  it('uses Bangkok time: 31 Dec 20:00 UTC is already New Year in Thailand', () => {
    expect(formatThaiDate('2023-12-31T20:00:00Z')).toBe('1 มกราคม 2567')
    expect(bangkokDay('2023-12-31T20:00:00Z')).toBe('2024-01-01')
  })

  it('converts digits both ways', () => {
    expect(toThaiDigits('พ.ศ. 2566 ข้อ 43')).toBe('พ.ศ. ๒๕๖๖ ข้อ ๔๓')
    expect(fromThaiDigits('ปีงบประมาณ ๒๕๖๖')).toBe('ปีงบประมาณ 2566')
    expect(fromThaiDigits(toThaiDigits('0123456789'))).toBe('0123456789')
  })

  it('names a fiscal year', () => {
    expect(formatFiscalYear(2566)).toBe('ปีงบประมาณ พ.ศ. 2566')
    expect(formatFiscalYear(2566, { thaiDigits: true })).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๖')
  })
})
