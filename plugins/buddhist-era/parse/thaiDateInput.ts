/**
 * Reads a date as Thai offices type it, into a calendar day, or says why it cannot:
 * never a different date. Pure; no time zone (a day is a day).
 *
 * Accepted: d/m/yyyy, d-m-yyyy, d.m.yyyy; m/yyyy (months); full and short Thai month
 * names with or without dots (ธันวาคม, ธ.ค., ธค) and English ones (December, Dec);
 * yyyy-mm-dd; Thai digits (๑๘/๑๒/๒๕๖๙); "วันที่", "เดือน", "ปี", "พ.ศ." / "ค.ศ." markers.
 * Years: four digits from 2400 are Buddhist era (2569), from 1800 to 2399 Christian era
 * (2026); two digits are a Buddhist-era year of the 2500s (69 → 2569); "ค.ศ." forces CE.
 * A day with a time (`parseThaiDateTimeInput`): the day as above, then hours and minutes
 * (10:30, 10.30, "เวลา 10:30 น."), 24-hour, as Thai offices write them.
 */

/** BE = CE + 543 (kept here so that the plugin stands alone). */
const BE_OFFSET = 543
const FIRST_BE_YEAR = 2400
const FIRST_CE_YEAR = 1800

export type DatePrecision = 'day' | 'month'

export type DateInputProblem =
  /** Nothing typed. */
  | 'empty'
  /** Not a date in any form we read. */
  | 'unreadable'
  /** A day field was given only a month and year. */
  | 'noDay'
  /** Day or month out of range (31/02/2569, 13/2569). */
  | 'noSuchDay'
  /** A year that is neither BE nor CE (3 digits, 1 digit, before 1800). */
  | 'badYear'
  /** A field with a time was given only a day. */
  | 'noTime'
  /** Hours over 23 or minutes over 59. */
  | 'noSuchTime'
  /** A real date the field does not take (before its first or after its last allowed day or moment). */
  | 'outOfRange'

export type DateInputResult =
  | { ok: true; year: number; month: number; day: number }
  | { ok: false; problem: DateInputProblem }

const THAI_LONG = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
]
const THAI_SHORT = ['มค', 'กพ', 'มีค', 'เมย', 'พค', 'มิย', 'กค', 'สค', 'กย', 'ตค', 'พย', 'ธค']
const ENGLISH = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]
/** Words around a date that say nothing about it. */
const FILLER = new Set(['วันที่', 'ที่', 'วัน', 'เดือน', 'ปี', 'พศ'])
const CE_MARK = new Set(['คศ', 'ce', 'ad'])
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙'

const fail = (problem: DateInputProblem): DateInputResult => ({ ok: false, problem })

const asciiDigits = (text: string) => text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))

/** The month (1–12) a word names, or 0. */
function monthOfWord(word: string): number {
  const w = word.replace(/\./g, '').toLowerCase()
  for (let i = 0; i < 12; i++) {
    if (w === THAI_LONG[i] || w === THAI_SHORT[i]) return i + 1
    if (w === ENGLISH[i] || (w.length >= 3 && w === ENGLISH[i]!.slice(0, w.length) && w.length <= ENGLISH[i]!.length))
      return i + 1
  }
  return 0
}

/** A typed year as CE, or 0 when it is no year. */
function ceYear(digits: string, forceCe: boolean): number {
  const n = Number(digits)
  if (digits.length === 2) return forceCe ? 0 : 2500 + n - BE_OFFSET
  if (digits.length !== 4) return 0
  if (forceCe) return n >= FIRST_CE_YEAR && n < FIRST_BE_YEAR ? n : 0
  if (n >= FIRST_BE_YEAR) return n - BE_OFFSET
  return n >= FIRST_CE_YEAR ? n : 0
}

function tokens(text: string): string[] {
  const digits = asciiDigits(text)
  // 18.12.2569: dots between numbers are separators; in ธ.ค. they belong to the word.
  const separated = digits.replace(/(\d)\.(?=\d)/g, '$1/')
  return separated
    .replace(/(\d)(?=[^\d\s/,-])|([^\d\s/,-])(?=\d)/g, '$1$2 ')
    .split(/[\s/,-]+/)
    .map((t) => t.trim())
    .map((t) => t.replace(/^(วันที่|เดือน|ปี)(?=\D)/, ''))
    .filter((t) => t !== '' && t !== '.')
}

/** Reads `text` as a day (or a month, whose day is then 1). */
export function parseThaiDateInput(text: string, precision: DatePrecision = 'day'): DateInputResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty')
  const all = tokens(text.trim())
  let forceCe = false
  const parts: string[] = []
  for (const t of all) {
    const bare = t.replace(/\./g, '').toLowerCase()
    if (CE_MARK.has(bare)) forceCe = true
    else if (!FILLER.has(bare)) parts.push(t)
  }
  const isNum = (t: string | undefined) => t !== undefined && /^\d+$/.test(t)

  let day: number | undefined
  let month: number
  let yearDigits: string
  const shape = parts.map((p) => (isNum(p) ? 'n' : 'w')).join('')
  if (shape === 'nnn' && parts[0]!.length === 4) {
    // yyyy-mm-dd
    ;[yearDigits, month, day] = [parts[0]!, Number(parts[1]), Number(parts[2])]
  } else if (shape === 'nnn') {
    ;[day, month, yearDigits] = [Number(parts[0]), Number(parts[1]), parts[2]!]
  } else if (shape === 'nwn') {
    ;[day, month, yearDigits] = [Number(parts[0]), monthOfWord(parts[1]!), parts[2]!]
    if (!month) return fail('unreadable')
  } else if (shape === 'wn') {
    ;[month, yearDigits] = [monthOfWord(parts[0]!), parts[1]!]
    if (!month) return fail('unreadable')
  } else if (shape === 'nn' && parts[1]!.length !== 1 && parts[0]!.length <= 2) {
    ;[month, yearDigits] = [Number(parts[0]), parts[1]!]
  } else {
    return fail('unreadable')
  }
  if ((day !== undefined && String(day).length > 2) || yearDigits.length === 3 || yearDigits.length === 1) {
    return fail(yearDigits.length % 2 === 1 ? 'badYear' : 'unreadable')
  }
  const year = ceYear(yearDigits, forceCe)
  if (!year) return fail('badYear')
  if (month < 1 || month > 12) return fail('noSuchDay')
  if (day === undefined) {
    if (precision === 'day') return fail('noDay')
    day = 1
  }
  const check = new Date(Date.UTC(year, month - 1, day))
  if (day < 1 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return fail('noSuchDay')
  return { ok: true, year, month, day: precision === 'month' ? 1 : day }
}

export type DateTimeInputResult =
  | { ok: true; year: number; month: number; day: number; hour: number; minute: number }
  | { ok: false; problem: DateInputProblem }

/** A time at the end of the text: "10:30", "10.30", "เวลา 10:30 น.", "10.30 นาฬิกา". */
const TRAILING_TIME = /(?:^|\s)(?:เวลา\s*)?(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*(?:น\.?|นาฬิกา))?\s*$/

/** Reads `text` as a day and a time of day (a wall-clock time: no time zone). */
export function parseThaiDateTimeInput(text: string): DateTimeInputResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'empty' }
  const ascii = asciiDigits(text.trim())
  const time = TRAILING_TIME.exec(ascii)
  const dayText = time ? ascii.slice(0, time.index) : ascii
  // A time alone ("10:30") lacks its day.
  if (dayText.trim() === '') return { ok: false, problem: 'noDay' }
  const date = parseThaiDateInput(dayText, 'day')
  if (!date.ok) return date
  if (!time) return { ok: false, problem: 'noTime' }
  const [hour, minute] = [Number(time[1]), Number(time[2])]
  if (hour > 23 || minute > 59) return { ok: false, problem: 'noSuchTime' }
  return { ...date, hour, minute }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DD` (CE) of a parsed day. */
export function isoDay({ year, month, day }: { year: number; month: number; day: number }): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/**
 * The instant the admin stores for a day or month: noon UTC of that day, as Payload's
 * date picker does for day and month fields, so that it is the same day in every zone
 * from UTC−11 to UTC+11.
 */
export function storedInstant(parsed: { year: number; month: number; day: number }): string {
  return `${isoDay(parsed)}T12:00:00.000Z`
}

/** What the problem is, in Thai and English, naming the forms that are read. */
export const DATE_INPUT_PROBLEMS: Record<DateInputProblem, { th: string; en: string }> = {
  empty: { th: 'ยังไม่ได้กรอกวันที่', en: 'No date given' },
  unreadable: {
    th: 'อ่านวันที่ไม่ได้ พิมพ์เช่น 18/12/2569 หรือ 18 ธ.ค. 2569',
    en: 'Cannot read this date; type e.g. 18/12/2569 or 18 Dec 2026',
  },
  noDay: { th: 'ระบุวันที่ด้วย เช่น 18/12/2569', en: 'Give the day too, e.g. 18/12/2569' },
  noSuchDay: { th: 'ไม่มีวันหรือเดือนนี้ในปฏิทิน', en: 'No such day or month in the calendar' },
  badYear: {
    th: 'ปีไม่ถูกต้อง ใช้ปี พ.ศ. 4 หลัก (2569) หรือ 2 หลัก (69)',
    en: 'Invalid year; use a Buddhist-era year of 4 digits (2569) or 2 (69)',
  },
  noTime: { th: 'ระบุเวลาด้วย เช่น 15 ม.ค. 2570 10:30', en: 'Give the time too, e.g. 15 Jan 2027 10:30' },
  noSuchTime: { th: 'ไม่มีเวลานี้ ใช้ชั่วโมง 0–23 และนาที 0–59', en: 'No such time; use hours 0–23 and minutes 0–59' },
  outOfRange: {
    th: 'เลือกวันเวลานี้ไม่ได้ (อยู่นอกช่วงที่เลือกได้ เช่น ผ่านไปแล้ว)',
    en: 'This date cannot be chosen here (outside the allowed range, e.g. already past)',
  },
}

/**
 * A date sent to the API as text (not ISO 8601), read the same way the admin reads typed
 * text: the instant to store, or null when it is no date. For the input guard's `readDate`.
 * Fields with a time (dayAndTime, timeOnly) are not ours to read: null.
 */
export function readDateText(text: string, appearance: string | undefined): null | string {
  if (appearance === 'dayAndTime' || appearance === 'timeOnly') return null
  const read = parseThaiDateInput(text, appearance === 'monthOnly' ? 'month' : 'day')
  return read.ok ? storedInstant(read) : null
}
