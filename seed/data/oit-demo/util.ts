/** Small helpers shared by the demo data files (data only, no Payload). */

/** Midnight in Bangkok on a common-era date, as Payload stores dates: `bkk('2022-11-15')`. */
/**
 * Midnight in Bangkok of a calendar day, as a UTC ISO string: the form the admin sends,
 * so stored dates compare the same way on SQLite (text) and MongoDB (Date).
 */
export const bkk = (ymd: string): string => new Date(`${ymd}T00:00:00.000+07:00`).toISOString()

export const ORG_NAME = 'องค์การบริหารส่วนจังหวัดสุขใจ'
export const ORG_SHORT = 'อบจ.สุขใจ'
export const SITE = 'https://www.sukjai-pao.go.th'

/** The executives' names, used as titles (the seed matches executives by `name`). */
export const EXECUTIVE_NAMES = {
  mayor: 'นายวีรชัย ศรีสุขใจ',
  deputy1: 'นางสาวกนกวรรณ ทองประเสริฐ',
  deputy2: 'นายอนุชา แก้วมณีรัตน์',
  permanentSecretary: 'นายธนพล วงศ์ไพศาล',
  deputyPermanentSecretary: 'นางพิมพ์ชนก รัตนวิจิตร',
} as const
