/**
 * When things fall due, for the people who prepare them. One rule for the status and for
 * "next due": a month's สขร.1 is due once the month has ended; six-month data once March
 * has; everything of the year before the assessment (ITAS opens about April, after the
 * first half of the fiscal year). Dates are last days, Bangkok (`YYYY-MM-DD`).
 */
import type { Label } from '@prongsai/shared/bilingual'
import { type FiscalMonth, firstHalfOfFiscalYear, monthsOfFiscalYear } from '@prongsai/shared/thai-calendar'
import type { FrameworkItem } from '../framework/schema'

/** The first-half months whose summary is due by `now` (the month has ended). */
export function dueMonths(year: number, now: Date): FiscalMonth[] {
  return monthsOfFiscalYear(year)
    .slice(0, 6)
    .filter((m) => m.end.getTime() <= now.getTime())
}

/**
 * The next thing due: for monthly items the first month of the first half not yet covered
 * (even if overdue); for the rest the end of the first half while it is ahead. Null for
 * items that are simply kept current, and once nothing of the year is ahead. `overdue`:
 * the date has passed on Bangkok's calendar (shown as "เลยกำหนด").
 */
export function nextDue(
  item: FrameworkItem,
  year: number,
  now: Date,
  coveredMonths: ReadonlySet<string> = new Set(),
): { date: string; what: Label; overdue: boolean } | null {
  const half = firstHalfOfFiscalYear(year)
  const ahead = half.end.getTime() > now.getTime()
  switch (item.window) {
    case 'current':
      return null
    case 'monthly-first-half-current-fy': {
      const month = monthsOfFiscalYear(year)
        .slice(0, 6)
        .find((m) => !coveredMonths.has(m.firstDay.slice(0, 7)))
      return month
        ? {
            date: month.lastDay,
            overdue: month.end.getTime() <= now.getTime(),
            what: { th: `สขร.1 เดือน${month.labelTh}`, en: `Monthly summary for ${month.labelEn}` },
          }
        : null
    }
    case 'first-half-current-fy':
      return ahead
        ? {
            date: half.lastDay,
            overdue: false,
            what: { th: 'ข้อมูลรอบ 6 เดือน (ต.ค.–มี.ค.) เมื่อสิ้นเดือนมีนาคม', en: 'Six-month data (Oct–Mar), once March ends' },
          }
        : null
    default:
      return ahead
        ? { date: half.lastDay, overdue: false, what: { th: `ก่อนการประเมิน ITA ${year}`, en: `Before the ITA ${year} assessment` } }
        : null
  }
}
