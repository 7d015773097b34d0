/**
 * Buddhist-era years in date-fns, through the `yo` (ordinal year) token: it is the one
 * year token date-fns hands to the locale (`localize.ordinalNumber` to print it,
 * `match.ordinalNumber` to read it back). A locale patched here prints `yo` as the BE year
 * (2026 → 2569) and reads a typed year of 2400 or more as BE (2569 → 2026), anything
 * smaller as CE; an unpatched locale keeps its own ordinals, so other locales are given
 * plain years. Payload formats every admin date with `format(date, pattern, { locale })`,
 * the date picker too, so patching the locale objects reaches all of them. The Buddhist-era
 * locale's long date formats (`P`, `PPPP`) get `yo` too.
 */
import type { Locale } from 'date-fns'

/** BE = CE + 543. Kept here so that the plugin stands alone, like every generic plugin. */
export const BE_OFFSET = 543
/** A typed year from here on is taken as Buddhist-era. */
const FIRST_BE_YEAR = 2400

const PATCHED = Symbol.for('prongsai.eraYears')

type Patchable = Locale & { [PATCHED]?: 'buddhist' | 'gregorian' }
type Match = NonNullable<Locale['match']>['ordinalNumber']

function patch(locale: Locale, era: 'buddhist' | 'gregorian'): Locale {
  const target = locale as Patchable
  if (target[PATCHED] || !target.localize || !target.match) return locale
  const print = target.localize.ordinalNumber
  const read = target.match.ordinalNumber as Match
  target.localize.ordinalNumber = (value, options) =>
    options?.unit === 'year' ? String(Number(value) + (era === 'buddhist' ? BE_OFFSET : 0)) : print(value, options)
  target.match.ordinalNumber = ((text: string, options?: { unit?: string }) => {
    if (options?.unit !== 'year') return read(text, options as never)
    const found = /^\d{1,4}/.exec(text)
    if (!found) return null
    const year = Number(found[0])
    return {
      value: era === 'buddhist' && year >= FIRST_BE_YEAR ? year - BE_OFFSET : year,
      rest: text.slice(found[0].length),
    }
  }) as Match
  // The long date formats (date-fns `P`…`PPPP`, which react-datepicker uses for its day labels
  // "วันศุกร์ที่ 15 มกราคม 2570") print the year through the same token.
  if (era === 'buddhist' && target.formatLong) {
    const longDate = target.formatLong.date
    target.formatLong = { ...target.formatLong, date: (options) => toEraPattern(longDate(options)) }
  }
  target[PATCHED] = era
  return locale
}

/** The locale prints `yo` as the Buddhist-era year and reads BE years back. */
export const withBuddhistEraYears = (locale: Locale) => patch(locale, 'buddhist')
/** The locale prints `yo` as the plain CE year ("2026", not "2026th"). */
export const withPlainYears = (locale: Locale) => patch(locale, 'gregorian')

/** Payload's own picker patterns, by appearance, for date fields that set none. */
export const PICKER_PATTERNS: Record<string, string> = {
  default: 'MM/dd/yyyy',
  dayAndTime: 'MMM d, yyyy h:mm a',
  dayOnly: 'MMM dd',
  monthOnly: 'MMMM',
  timeOnly: 'h:mm a',
}

/** A date-fns pattern with every year token (`y`, `yy`, `yyyy`…) made `yo`; quoted text kept. */
export function toEraPattern(pattern: string): string {
  return pattern
    .split(/('(?:[^']|'')*')/)
    .map((part) => (part.startsWith("'") ? part : part.replace(/y+o?/g, 'yo')))
    .join('')
}
