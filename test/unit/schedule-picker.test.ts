/**
 * The schedule dialog's date and time as Thai offices type them (issue 18, item 12): a day
 * with a time read by our parser, checked against the picker's limits, and moved between
 * the browser's clock and Thai time (Asia/Bangkok) as the dialog does.
 */
import { format } from 'date-fns'
import { th } from 'date-fns/locale/th'
import { afterEach, describe, expect, it } from 'vitest'

import { withBuddhistEraYears } from '@prongsai/buddhist-era'
import {
  fromLocalWallClock,
  toLocalWallClock,
  readTypedDate,
  withinLimits,
  parseThaiDateTimeInput,
} from '@prongsai/buddhist-era/utilities'

const read = (text: string) => {
  const r = parseThaiDateTimeInput(text)
  if (!r.ok) return `!${r.problem}`
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${r.year}-${pad(r.month)}-${pad(r.day)} ${pad(r.hour)}:${pad(r.minute)}`
}

// input → expected CE day and 24-hour time, or !problem.
const DAY_AND_TIME: [string, string][] = [
  ['15 ม.ค. 2570 10:30', '2027-01-15 10:30'],
  ['15 มกราคม 2570 10:30', '2027-01-15 10:30'],
  ['15/1/2570 10:30', '2027-01-15 10:30'],
  ['15/01/70 10.30', '2027-01-15 10:30'],
  ['15 ม.ค. 2570 เวลา 10:30 น.', '2027-01-15 10:30'],
  ['15 ม.ค. 2570 10.30 นาฬิกา', '2027-01-15 10:30'],
  ['วันที่ 15 มกราคม พ.ศ. 2570 เวลา 9:05 น.', '2027-01-15 09:05'],
  ['๑๕ ม.ค. ๒๕๗๐ ๑๐:๓๐', '2027-01-15 10:30'],
  ['15 Jan 2027 23:59', '2027-01-15 23:59'],
  ['2027-01-15 00:00', '2027-01-15 00:00'],
  ['18.12.2569 8:00', '2026-12-18 08:00'],
  // a day without a time, or a time that is none: a problem, never midnight or another time
  ['15 ม.ค. 2570', '!noTime'],
  ['18.12.2569', '!noTime'],
  ['15 ม.ค. 2570 24:00', '!noSuchTime'],
  ['15 ม.ค. 2570 10:60', '!noSuchTime'],
  ['15 ม.ค. 2570 1030', '!unreadable'],
  ['31 ก.พ. 2570 10:30', '!noSuchDay'],
  ['10:30', '!noDay'],
  ['', '!empty'],
]

describe('parseThaiDateTimeInput', () => {
  it.each(DAY_AND_TIME)('%s → %s', (text, expected) => expect(read(text)).toBe(expected))
})

describe('readTypedDate and withinLimits: what the schedule picker takes', () => {
  it('reads a day and time as that wall-clock time on this machine', () => {
    expect(readTypedDate('15 ม.ค. 2570 10:30', 'minute')).toEqual({ date: new Date(2027, 0, 15, 10, 30) })
    expect(readTypedDate('15 ม.ค. 2570', 'minute')).toEqual({ problem: 'noTime' })
    expect(readTypedDate('15 ม.ค. 2570', 'day')).toEqual({ date: new Date(2027, 0, 15) })
  })

  it('refuses a moment before minDate (now) by the minute, a day by the day', () => {
    const now = new Date(2026, 11, 7, 10, 30, 20)
    expect(withinLimits(new Date(2026, 11, 7, 10, 29), 'minute', { minDate: now })).toBe(false)
    expect(withinLimits(new Date(2026, 11, 7, 10, 30), 'minute', { minDate: now })).toBe(true)
    expect(withinLimits(new Date(2026, 11, 7), 'day', { minDate: now })).toBe(true)
    expect(withinLimits(new Date(2026, 11, 6), 'day', { minDate: now })).toBe(false)
    expect(withinLimits(new Date(2027, 0, 2), 'day', { maxDate: new Date(2027, 0, 1, 23) })).toBe(false)
    expect(withinLimits(new Date(2000, 0, 1), 'minute', {})).toBe(true)
  })
})

describe('the moment chosen is meant in Thai time, wherever the browser is', () => {
  const zone = process.env.TZ
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it.each(['UTC', 'Asia/Bangkok', 'America/New_York', 'Pacific/Midway', 'Asia/Tokyo'])(
    'a browser in %s: 15 Jan 2027 10:30 on its clock is 03:30 UTC, and shows as 10:30 again',
    (browserZone) => {
      process.env.TZ = browserZone
      const picked = new Date(2027, 0, 15, 10, 30)
      const instant = fromLocalWallClock(picked, 'Asia/Bangkok')
      expect(instant.toISOString()).toBe('2027-01-15T03:30:00.000Z')
      expect(toLocalWallClock(instant, 'Asia/Bangkok').getTime()).toBe(picked.getTime())
    },
  )
})

describe("react-datepicker's day labels (date-fns PPPP)", () => {
  it('read the Buddhist-era year in Thai', () => {
    withBuddhistEraYears(th)
    expect(format(new Date(2027, 0, 15), 'PPPP', { locale: th })).toBe('วันศุกร์ที่ 15 มกราคม 2570')
    expect(format(new Date(2027, 0, 15), 'P', { locale: th })).toBe('15/01/2570')
  })
})
