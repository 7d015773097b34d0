import { describe, expect, it } from 'vitest'

import { isoDay, parseThaiDateInput, storedInstant } from '@prongsai/buddhist-era/utilities'

const read = (text: string, precision: 'day' | 'month' = 'day') => {
  const r = parseThaiDateInput(text, precision)
  return r.ok ? isoDay(r) : `!${r.problem}`
}

// input → expected ISO day (CE) or !problem: the forms issue 18.5 names, and their near misses.
const DAY_FIELD: [string, string][] = [
  ['18/12/2569', '2026-12-18'],
  ['18/12/69', '2026-12-18'],
  ['18-12-2569', '2026-12-18'],
  ['18.12.2569', '2026-12-18'],
  ['1/2/2569', '2026-02-01'], // day first, never month first
  ['01/02/2569', '2026-02-01'],
  ['18 ธันวาคม 2569', '2026-12-18'],
  ['18 ธ.ค. 2569', '2026-12-18'],
  ['18 ธ.ค. 69', '2026-12-18'],
  ['18 ธค 69', '2026-12-18'],
  ['18ธ.ค.69', '2026-12-18'],
  ['วันที่ 18 ธันวาคม พ.ศ. 2569', '2026-12-18'],
  ['๑๘/๑๒/๒๕๖๙', '2026-12-18'],
  ['๑๘ ธันวาคม ๒๕๖๙', '2026-12-18'],
  ['18/12/2026', '2026-12-18'], // a CE year
  ['18 December 2026', '2026-12-18'],
  ['18 Dec 2026', '2026-12-18'],
  ['2026-12-18', '2026-12-18'],
  ['2569-12-18', '2026-12-18'],
  ['  18 / 12 / 2569  ', '2026-12-18'],
  ['29/2/2567', '2024-02-29'], // 2024 is a leap year
  ['1 มกราคม 2500', '1957-01-01'],
  ['30 ก.ย. 2570', '2027-09-30'],
  ['1 ต.ค. 2569', '2026-10-01'],
  ['31 พ.ค. 2569', '2026-05-31'],
  ['31 มี.ค. 69', '2026-03-31'],
  ['5 ก.พ. 69', '2026-02-05'],
  ['5 กุมภาพันธ์ 69', '2026-02-05'],
  ['18/12/2569 ค.ศ.', '!badYear'], // 2569 is no CE year
  ['18/12/2026 ค.ศ.', '2026-12-18'],
  // what is not read is an error, never another date
  ['12/2569', '!noDay'],
  ['ธันวาคม 2569', '!noDay'],
  ['ธันวาคม 69', '!noDay'],
  ['29/2/2569', '!noSuchDay'],
  ['31/04/2569', '!noSuchDay'],
  ['32/12/2569', '!noSuchDay'],
  ['18/13/2569', '!noSuchDay'],
  ['0/12/2569', '!noSuchDay'],
  ['18/12/569', '!badYear'],
  ['18/12/5', '!badYear'],
  ['18/12/1700', '!badYear'],
  ['18 ธันวา 2569', '!unreadable'],
  ['18 ธันวาคม', '!unreadable'],
  ['18/12', '!noSuchDay'], // read as month 18 of year 2512: no such month
  ['พรุ่งนี้', '!unreadable'],
  ['18/12/2569/1', '!unreadable'],
  ['abc', '!unreadable'],
  ['', '!empty'],
  ['   ', '!empty'],
]

const MONTH_FIELD: [string, string][] = [
  ['12/2569', '2026-12-01'],
  ['12/69', '2026-12-01'],
  ['๑๒/๒๕๖๙', '2026-12-01'],
  ['ธันวาคม 2569', '2026-12-01'],
  ['ธันวาคม 69', '2026-12-01'],
  ['ธ.ค. 69', '2026-12-01'],
  ['ธ.ค.2569', '2026-12-01'],
  ['เดือนธันวาคม 2569', '2026-12-01'],
  ['December 2026', '2026-12-01'],
  ['12/2026', '2026-12-01'],
  ['18/12/2569', '2026-12-01'], // a day in it names the month
  ['18 ธันวาคม 2569', '2026-12-01'],
  ['13/2569', '!noSuchDay'],
  ['ธันวาคม', '!unreadable'],
  ['ธันวาคม 569', '!badYear'],
  ['ธันวาคม 6', '!badYear'],
]

describe('parseThaiDateInput: a day field', () => {
  it.each(DAY_FIELD)('%s → %s', (text, expected) => expect(read(text)).toBe(expected))
})

describe('parseThaiDateInput: a month field', () => {
  it.each(MONTH_FIELD)('%s → %s', (text, expected) => expect(read(text, 'month')).toBe(expected))
})

describe('storedInstant', () => {
  it('is noon UTC of the day, as the admin picker stores it', () => {
    const r = parseThaiDateInput('18/12/2569')
    expect(r.ok && storedInstant(r)).toBe('2026-12-18T12:00:00.000Z')
  })
})
