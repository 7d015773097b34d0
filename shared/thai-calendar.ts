/**
 * Thai calendar and fiscal-year arithmetic.
 *
 * The Thai government fiscal year runs 1 October – 30 September and is named by the
 * Buddhist-era (BE) year in which it ends: FY 2566 = 2022-10-01 … 2023-09-30.
 * Every judgement is made on Bangkok's wall clock (UTC+7, no DST), so a document saved
 * at 23:30 on 30 September in Thailand belongs to the old fiscal year even though it is
 * 16:30 UTC. date-fns + @date-fns/tz do the arithmetic; Intl (full ICU ships with Node)
 * does the Thai formatting, which already knows the Buddhist calendar.
 */
import { TZDate } from '@date-fns/tz'
import { addMonths } from 'date-fns'

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok'
/** BE = CE + 543. */
export const BUDDHIST_ERA_OFFSET = 543
/** Month index (0-based, as in JavaScript) in which a fiscal year starts: October. */
const FISCAL_YEAR_START_MONTH = 9

export type DateInput = Date | string | number

/** A half-open interval [start, end) of instants, plus its first and last calendar days in Bangkok. */
export interface ThaiPeriod {
  /** First instant of the period (00:00 Bangkok time). */
  start: Date
  /** First instant after the period (exclusive). */
  end: Date
  /** First day, `YYYY-MM-DD` (common era, Bangkok). */
  firstDay: string
  /** Last day, `YYYY-MM-DD` (common era, Bangkok). */
  lastDay: string
}

export interface FiscalPeriod extends ThaiPeriod {
  /** The fiscal year, Buddhist era. */
  fiscalYear: number
}

export interface FiscalMonth extends ThaiPeriod {
  fiscalYear: number
  /** 1 = October … 12 = September. */
  indexInFiscalYear: number
  /** Common-era calendar year of this month. */
  year: number
  /** Calendar month, 1 = January. */
  month: number
  /** e.g. "ตุลาคม 2565". */
  labelTh: string
  /** e.g. "October 2022". */
  labelEn: string
}

export const THAI_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

export function ceToBe(yearCe: number): number {
  assertWholeYear(yearCe)
  return yearCe + BUDDHIST_ERA_OFFSET
}

export function beToCe(yearBe: number): number {
  assertWholeYear(yearBe)
  return yearBe - BUDDHIST_ERA_OFFSET
}

/** The fiscal year (BE) containing an instant, judged on Bangkok's wall clock. */
export function fiscalYearOf(input: DateInput): number {
  const bangkok = inBangkok(input)
  const endYearCe = bangkok.getFullYear() + (bangkok.getMonth() >= FISCAL_YEAR_START_MONTH ? 1 : 0)
  return endYearCe + BUDDHIST_ERA_OFFSET
}

/**
 * A year's periods never change and time-zone arithmetic is not cheap (a status computes
 * them per item): computed once per year and shared, frozen so no caller can alter them.
 */
function perYear<T extends object>(compute: (fiscalYear: number) => T): (fiscalYear: number) => Readonly<T> {
  const cache = new Map<number, Readonly<T>>()
  return (fiscalYear) => {
    let value = cache.get(fiscalYear)
    if (!value) {
      value = deepFreeze(compute(fiscalYear))
      cache.set(fiscalYear, value)
    }
    return value
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/** 1 October (year before) … 30 September of a fiscal year given in BE. */
export const fiscalYearBounds = perYear((fiscalYear): FiscalPeriod => {
  const start = fiscalYearStart(fiscalYear)
  return { fiscalYear, ...period(start, addMonths(start, 12)) }
})

/**
 * The first six months of a fiscal year, 1 October – 31 March: the window the OIT
 * checklist uses for statistics and six-month progress reports.
 */
export const firstHalfOfFiscalYear = perYear((fiscalYear): FiscalPeriod => {
  const start = fiscalYearStart(fiscalYear)
  return { fiscalYear, ...period(start, addMonths(start, 6)) }
})

/** The twelve months of a fiscal year, October first. */
export const monthsOfFiscalYear = perYear((fiscalYear): FiscalMonth[] => {
  const start = fiscalYearStart(fiscalYear)
  return Array.from({ length: 12 }, (_, i) => {
    const monthStart = addMonths(start, i)
    const bangkok = inBangkok(monthStart)
    const year = bangkok.getFullYear()
    const monthIndex = bangkok.getMonth()
    return {
      fiscalYear,
      indexInFiscalYear: i + 1,
      year,
      month: monthIndex + 1,
      labelTh: `${THAI_MONTHS_LONG[monthIndex]} ${ceToBe(year)}`,
      labelEn: `${ENGLISH_MONTHS[monthIndex]} ${year}`,
      ...period(monthStart, addMonths(monthStart, 1)),
    }
  })
})

/** Whether an instant falls inside a period (start inclusive, end exclusive). */
export function isWithin(input: DateInput, { start, end }: Pick<ThaiPeriod, 'end' | 'start'>): boolean {
  const t = toDate(input).getTime()
  return t >= start.getTime() && t < end.getTime()
}

export interface ThaiDateFormatOptions {
  /** `long`: 1 ตุลาคม 2565, `short`: 1 ต.ค. 65, `numeric`: 1/10/2565, `month`: ตุลาคม 2565. @default 'long' */
  style?: 'long' | 'month' | 'numeric' | 'short'
  /** Write Thai digits (๑ ๒ ๓) as official letters do. @default false */
  thaiDigits?: boolean
  /** Include the time (Bangkok). @default false */
  withTime?: boolean
}

/** Formats an instant as a Thai date in the Buddhist era, on Bangkok's wall clock. */
export function formatThaiDate(input: DateInput, options: ThaiDateFormatOptions = {}): string {
  const { style = 'long', thaiDigits = false, withTime = false } = options
  const key = `${style}:${thaiDigits}:${withTime}`
  // Building an Intl formatter costs far more than using one: one per combination.
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(`th-TH-u-ca-buddhist-nu-${thaiDigits ? 'thai' : 'latn'}`, {
      timeZone: BANGKOK_TIME_ZONE,
      day: style === 'month' ? undefined : 'numeric',
      month: style === 'numeric' ? 'numeric' : style === 'month' ? 'long' : style,
      year: style === 'short' ? '2-digit' : 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    })
    formatters.set(key, formatter)
  }
  return formatter.format(toDate(input))
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** "ปีงบประมาณ พ.ศ. 2566" (or with Thai digits). */
export function formatFiscalYear(fiscalYear: number, options: { thaiDigits?: boolean } = {}): string {
  const text = `ปีงบประมาณ พ.ศ. ${fiscalYear}`
  return options.thaiDigits ? toThaiDigits(text) : text
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙'

/** Replaces Arabic digits with Thai digits; everything else is kept. */
export function toThaiDigits(text: number | string): string {
  return String(text).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!)
}

/** Replaces Thai digits with Arabic digits (for parsing what editors type). */
export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))
}

/** `YYYY-MM-DD` of an instant on Bangkok's wall clock. */
export function bangkokDay(input: DateInput): string {
  const d = inBangkok(input)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function period(start: Date, end: Date): ThaiPeriod {
  return {
    start: new Date(start.getTime()),
    end: new Date(end.getTime()),
    firstDay: bangkokDay(start),
    lastDay: bangkokDay(end.getTime() - 1),
  }
}

/**
 * 1 October 00:00 in Bangkok opening a fiscal year, as a TZDate so that date-fns adds
 * months on Bangkok's calendar rather than the server's.
 */
function fiscalYearStart(fiscalYear: number): TZDate {
  return new TZDate(beToCe(fiscalYear) - 1, FISCAL_YEAR_START_MONTH, 1, BANGKOK_TIME_ZONE)
}

function inBangkok(input: DateInput): TZDate {
  return new TZDate(toDate(input).getTime(), BANGKOK_TIME_ZONE)
}

function toDate(input: DateInput): Date {
  const date = input instanceof Date ? input : new Date(input)
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`วันที่ไม่ถูกต้อง / Invalid date: ${String(input)}`)
  }
  return date
}

function assertWholeYear(year: number): void {
  if (!Number.isInteger(year)) {
    throw new RangeError(`ปีต้องเป็นจำนวนเต็ม / Year must be a whole number: ${year}`)
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
