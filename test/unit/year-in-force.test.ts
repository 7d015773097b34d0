/**
 * The ITA year we are in (issue 18.8): the fiscal year of an injected "now"; where it has
 * no framework, the newest one stands in as a provisional guide, said so in words; a
 * framework file for that year makes it the year in force with no code change.
 */
import { describe, expect, it } from 'vitest'

import { parseFrameworks, frameworkForYear, guideNote, yearInForce } from '@prongsai/oit/utilities'
import { frameworkSources, yearData } from '../helpers/frameworks'

const frameworks = parseFrameworks(frameworkSources())
const at = (iso: string) => new Date(iso)
/** The newest year with a file, and the next, which has none (whatever files are added later). */
const NEWEST = Math.max(...frameworks.map((f) => f.year))
const NEXT = NEWEST + 1
/** 7 December of fiscal year `year` (BE), Bangkok: FY 2570 → 7 December 2026 = 7 ธันวาคม 2569. */
const decemberOf = (year: number) => at(`${year - 544}-12-07T05:00:00Z`)
const IN_NEXT = decemberOf(NEXT)

describe('the ITA year in force', () => {
  it(`is the fiscal year of now: FY ${NEXT} in December, even without an ITA ${NEXT} framework`, () => {
    const inForce = yearInForce(frameworks, IN_NEXT)!
    expect(inForce.year).toBe(NEXT)
    expect(inForce.framework.year).toBe(NEXT)
    // The newest framework stands in, provisional, and says so.
    expect(inForce.framework.guideFrom).toBe(NEWEST)
    expect(inForce.framework.provisional).toBe(true)
    expect(inForce.framework.items.map((i) => i.code)).toEqual(frameworks.find((f) => f.year === NEWEST)!.items.map((i) => i.code))
    expect(inForce.framework.title.th).toContain(`ยังไม่มีเกณฑ์ ITA ${NEXT}`)
    const provisional = frameworks.find((f) => f.year === NEWEST)!.provisional ? ' (ชั่วคราว)' : ''
    expect(guideNote(inForce.framework, inForce.frameworks)?.th).toBe(
      `ยังไม่มีเกณฑ์ ITA ${NEXT} — ใช้เกณฑ์ ITA ${NEWEST}${provisional} เป็นแนวทางชั่วคราว`,
    )
    // The loaded frameworks are untouched; the guide is added to a list of its own.
    const years = frameworks.map((f) => f.year)
    expect(years).toContain(2566)
    expect(inForce.frameworks.map((f) => f.year)).toEqual([...years, NEXT])
    // The same list each time (the status engine caches its rule sets by it).
    expect(yearInForce(frameworks, IN_NEXT)!.frameworks).toBe(inForce.frameworks)
  })

  it('turns over on 1 October, Bangkok time', () => {
    const ce = NEWEST - 543
    expect(yearInForce(frameworks, at(`${ce}-09-30T16:59:59Z`))!.framework).toBe(frameworks.find((f) => f.year === NEWEST))
    expect(yearInForce(frameworks, at(`${ce}-09-30T17:00:00Z`))!.year).toBe(NEXT)
  })

  it('is a year with a framework of its own when there is one, with no guide', () => {
    const inForce = yearInForce(frameworks, at('2023-01-15T00:00:00Z'))!
    expect(inForce.year).toBe(2566)
    expect(inForce.framework).toBe(frameworks.find((f) => f.year === 2566))
    expect(inForce.framework.guideFrom).toBeUndefined()
    expect(inForce.frameworks).toBe(frameworks)
    expect(guideNote(inForce.framework, frameworks)).toBeUndefined()
  })

  it('a year between frameworks is guided by the newest before it', () => {
    const inForce = frameworkForYear(frameworks, 2567)!
    expect(inForce.framework.guideFrom).toBe(2566)
    expect(inForce.framework.provisional).toBe(true)
  })

  it(`adding ita-${NEXT}.json makes ITA ${NEXT} the year in force, with no code change`, () => {
    const data = yearData(NEWEST)
    data.year = NEXT
    data.title = { th: `ITA ${NEXT} (ทดสอบ)`, en: `ITA ${NEXT} (test)` }
    data.provisional = false
    const withNext = parseFrameworks([...frameworkSources(), { file: `ita-${NEXT}.json`, data }])
    const inForce = yearInForce(withNext, IN_NEXT)!
    expect(inForce.framework.year).toBe(NEXT)
    expect(inForce.framework.guideFrom).toBeUndefined()
    expect(inForce.framework.provisional).toBe(false)
    expect(inForce.frameworks).toBe(withNext)
    // And a year later the next fiscal year is guided by it.
    expect(yearInForce(withNext, decemberOf(NEXT + 1))!.framework.guideFrom).toBe(NEXT)
  })
})
