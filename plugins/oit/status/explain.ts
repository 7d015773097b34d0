/**
 * Explain: a reason's words, rendered last from its machine fields (`ReasonFacts`) with the
 * plugin's translations (`translations/{th,en}.ts`, keys `plugin-oit:reason…`). Nothing decides
 * anything from these words: the reminders, the sheet and the views read the fields.
 */
import type { Label } from '@prongsai/shared/bilingual'
import {
  bangkokDay,
  firstHalfOfFiscalYear,
  fiscalYearOf,
  formatThaiDate,
  monthsOfFiscalYear,
} from '@prongsai/shared/thai-calendar'
import type { FrameworkItem } from '../framework/schema'
import { say } from '../translations'
import type { ItemFacts, ItemStatus, Reason, ReasonFacts } from './types'

export type Language = 'en' | 'th'

/** What a reason is about, beyond its own fields: the item and the ITA year. */
export interface ExplainContext {
  item: Pick<FrameworkItem, 'code' | 'components' | 'title'>
  year: number
  /** The reader's language, for the words that are in one language only (a division's name). Default Thai. */
  language?: Language
}

/** The division code of an item every division answers for. */
export const ALL_DIVISIONS = 'all'

/**
 * A responsible division as the reader reads it: its name, or its code when it has none;
 * every division (`all`) in the reader's language, from the translations.
 */
export function divisionName(division: { code: string; name?: string }, language: Language): string {
  return division.code === ALL_DIVISIONS ? say(language, 'allDivisions') : (division.name ?? division.code)
}

/** A day as the language writes it: "31 มีนาคม 2566", "2023-03-31". `YYYY-MM-DD` is a Bangkok day. */
const DAY: Record<Language, (instant: string) => string> = { th: (instant) => formatThaiDate(instant), en: bangkokDay }

/** A day (`YYYY-MM-DD`, Bangkok, or an instant) as the language writes it. */
export function day(language: Language, iso: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+07:00` : iso
  return DAY[language](instant)
}

/** A month (`YYYY-MM`, CE) as the calendar labels it: "มกราคม 2566", "January 2023". */
export function monthLabel(month: string): Label {
  const found = monthsOfFiscalYear(fiscalYearOf(`${month}-15T12:00:00+07:00`)).find((m) => m.firstDay.startsWith(month))
  return found ? { th: found.labelTh, en: found.labelEn } : { th: month, en: month }
}

/** The words of one reason in one language. */
export function reasonText(reason: ReasonFacts, { item, year }: ExplainContext, language: Language): string {
  if (reason.unreadable) return say(language, 'reasonUnreadableDraft')
  const title = reason.document?.title ?? ''
  switch (reason.code) {
    case 'component-missing':
    case 'recommended-missing':
      return say(language, 'reasonFinding', {
        title,
        finding: reason.finding?.[language] ?? reason.component,
      })
    case 'out-of-window': {
      if (reason.until) {
        const needed = firstHalfOfFiscalYear(year).lastDay
        return say(language, 'reasonEndsEarly', {
          title,
          until: day(language, reason.until),
          needed: day(language, needed),
        })
      }
      const fiscalYear = reason.document?.fiscalYear
      return fiscalYear
        ? say(language, 'reasonOutOfWindowFiscalYear', {
            title,
            year,
            fiscalYear,
          })
        : say(language, 'reasonOutOfWindow', { title, year })
    }
    case 'month-missing':
      return say(language, reason.pending ? 'reasonMonthPending' : 'reasonMonthMissing', {
        month: monthLabel(reason.month ?? '')[language],
      })
    case 'item-check-failed': {
      const component = item.components.find((c) => `${item.code}.${c.key}` === reason.component)
      return say(language, 'reasonItemCheckFailed', {
        component: component?.label[language] ?? reason.component,
      })
    }
    case 'below-minimum':
      return say(language, 'reasonBelowMinimum', {
        counted: reason.counted,
        minimum: reason.minimum,
      })
    case 'drafts-only':
      return say(language, 'reasonDraft', { title })
    case 'nothing':
      return say(language, 'reasonNothing', { item: item.title[language] })
  }
}

/** The reason with its words, in Thai and English. */
export function explainReason(reason: ReasonFacts, context: ExplainContext): Reason {
  return {
    ...reason,
    message: {
      th: reasonText(reason, context, 'th'),
      en: reasonText(reason, context, 'en'),
    },
  }
}

/** An item's status with every reason and warning put into words. */
export function explainItem(facts: ItemFacts, context: ExplainContext): ItemStatus {
  const { division } = facts
  return {
    ...facts,
    division:
      division.code === ALL_DIVISIONS ? { ...division, name: divisionName(division, context.language ?? 'th') } : division,
    reasons: facts.reasons.map((reason) => explainReason(reason, context)),
    warnings: facts.warnings.map((reason) => explainReason(reason, context)),
  }
}
