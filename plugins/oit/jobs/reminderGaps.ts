/**
 * The gaps of a due reminder: for one item, each period that is due and not there, read
 * from the status's reasons by their machine fields (a missing month is `reason.month`),
 * never from their words. A period's label is in every language, from the translations
 * (`reminderGapMonth`, `reminderGapSixMonths`); the e-mail picks the reader's.
 */
import type { Label } from '@prongsai/shared/bilingual'
import { firstHalfOfFiscalYear } from '@prongsai/shared/thai-calendar'
import type { FrameworkItem } from '../framework/schema'
import { say } from '../translations'
import { day, type Language, monthLabel } from '../status/explain'
import { MONTHLY, SIX_MONTHS } from '../status/judge'
import { dueMonths } from '../status/nextDue'
import type { ItemStatus } from '../status/types'

const LANGUAGES: readonly Language[] = ['th', 'en']

/** One label in each language, from the words of one language at a time. */
function everyLanguage(render: (language: Language) => string): Label {
  return Object.fromEntries(LANGUAGES.map((language) => [language, render(language)])) as Label
}

/** One period of one item that is due and not there. */
export interface Gap {
  /** `YYYY-MM` for a month, `first-half` for the six months. */
  key: string
  label: Label
  /** What the status engine says is wrong. */
  reasons: Label[]
}

/** What is due and not there for one item, per period. */
export function gapsOf(item: FrameworkItem, status: ItemStatus, year: number, now: Date): Gap[] {
  if (item.window === MONTHLY) return monthGaps(status, year, now)
  // Six-month data: nothing in the window (not a document, not a draft).
  if (item.window === SIX_MONTHS && (status.status === 'missing' || status.status === 'stale'))
    return [sixMonthsGap(status, year)]
  return []
}

/** Each month due whose summary the status finds missing. */
function monthGaps(status: ItemStatus, year: number, now: Date): Gap[] {
  const missing = status.reasons.filter((r) => r.code === 'month-missing')
  return dueMonths(year, now).flatMap((month) => {
    const key = month.firstDay.slice(0, 7)
    const reason = missing.find((r) => r.month === key)
    if (!reason) return []
    return [
      {
        key,
        label: everyLanguage((language) => say(language, 'reminderGapMonth', { month: monthLabel(key)[language] })),
        reasons: [reason.message],
      },
    ]
  })
}

function sixMonthsGap(status: ItemStatus, year: number): Gap {
  const half = firstHalfOfFiscalYear(year)
  return {
    key: 'first-half',
    label: everyLanguage((language) =>
      say(language, 'reminderGapSixMonths', { from: day(language, half.firstDay), to: day(language, half.lastDay) }),
    ),
    reasons: status.reasons.slice(0, 3).map((r) => r.message),
  }
}
