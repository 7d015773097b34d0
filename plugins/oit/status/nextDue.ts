/**
 * When an item next falls due, for the people who prepare it: the next month's สขร.1,
 * the six-month data once March ends, this year's documents before the assessment
 * (ITAS opens about April, after the first half of the fiscal year). Nothing for items
 * that are simply kept current, or once the year's due dates have passed.
 */
import type { Label } from '../../../src/lib/bilingual'
import { firstHalfOfFiscalYear, monthsOfFiscalYear } from '../../../src/lib/thai-calendar'
import type { FrameworkItem } from '../framework/schema'

export function nextDue(item: FrameworkItem, year: number, now: Date): { date: string; what: Label } | null {
  const half = firstHalfOfFiscalYear(year)
  const upcoming = (date: Date, what: Label) =>
    date.getTime() > now.getTime() ? { date: date.toISOString(), what } : null
  switch (item.window) {
    case 'current':
      return null
    case 'monthly-first-half-current-fy': {
      // A month's summary is due by the end of the month after it.
      const months = monthsOfFiscalYear(year).slice(0, 6)
      for (const [i, month] of months.entries()) {
        const due = months[i + 1]?.end ?? monthsOfFiscalYear(year)[6]!.end
        if (due.getTime() > now.getTime()) {
          return {
            date: due.toISOString(),
            what: { th: `สขร.1 เดือน${month.labelTh}`, en: `Monthly summary for ${month.labelEn}` },
          }
        }
      }
      return null
    }
    case 'first-half-current-fy':
      return upcoming(half.end, {
        th: 'ข้อมูลรอบ 6 เดือน (ต.ค.–มี.ค.) หลังสิ้นเดือนมีนาคม',
        en: 'Six-month data (Oct–Mar), once March ends',
      })
    default:
      return upcoming(half.end, { th: `ก่อนการประเมิน ITA ${year}`, en: `Before the ITA ${year} assessment` })
  }
}
