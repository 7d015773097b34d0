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
// 7 December 2026 (Bangkok) = 7 ธันวาคม 2569, fiscal year 2570.
const DEC_2569 = at('2026-12-07T05:00:00Z')

describe('the ITA year in force', () => {
  it('is the fiscal year of now: FY 2570 in December 2569, even without an ITA 2570 framework', () => {
    const inForce = yearInForce(frameworks, DEC_2569)!
    expect(inForce.year).toBe(2570)
    expect(inForce.framework.year).toBe(2570)
    // The newest framework (ITA 2569) stands in, provisional, and says so.
    expect(inForce.framework.guideFrom).toBe(2569)
    expect(inForce.framework.provisional).toBe(true)
    expect(inForce.framework.items.map((i) => i.code)).toEqual(frameworks.find((f) => f.year === 2569)!.items.map((i) => i.code))
    expect(inForce.framework.title.th).toContain('ยังไม่มีเกณฑ์ ITA 2570')
    expect(guideNote(inForce.framework, inForce.frameworks)?.th).toBe(
      'ยังไม่มีเกณฑ์ ITA 2570 — ใช้เกณฑ์ ITA 2569 (ชั่วคราว) เป็นแนวทางชั่วคราว',
    )
    // The loaded frameworks are untouched; the guide is added to a list of its own.
    expect(frameworks.map((f) => f.year)).toEqual([2569, 2566])
    expect(inForce.frameworks.map((f) => f.year)).toEqual([2569, 2566, 2570])
    // The same list each time (the status engine caches its rule sets by it).
    expect(yearInForce(frameworks, DEC_2569)!.frameworks).toBe(inForce.frameworks)
  })

  it('turns over on 1 October, Bangkok time', () => {
    expect(yearInForce(frameworks, at('2026-09-30T16:59:59Z'))!.framework).toBe(frameworks.find((f) => f.year === 2569))
    expect(yearInForce(frameworks, at('2026-09-30T17:00:00Z'))!.year).toBe(2570)
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

  it('adding ita-2570.json makes ITA 2570 the year in force, with no code change', () => {
    const data = yearData(2569)
    data.year = 2570
    data.title = { th: 'ITA 2570 (ทดสอบ)', en: 'ITA 2570 (test)' }
    data.provisional = false
    const withNext = parseFrameworks([...frameworkSources(), { file: 'ita-2570.json', data }])
    const inForce = yearInForce(withNext, DEC_2569)!
    expect(inForce.framework.year).toBe(2570)
    expect(inForce.framework.guideFrom).toBeUndefined()
    expect(inForce.framework.provisional).toBe(false)
    expect(inForce.frameworks).toBe(withNext)
    // And a year later FY 2571 is guided by it.
    expect(yearInForce(withNext, at('2027-12-07T05:00:00Z'))!.framework.guideFrom).toBe(2570)
  })
})
