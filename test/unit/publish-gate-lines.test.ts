/**
 * The checklist's lines (issue 18.11): one line per component however many ITA years ask
 * for it, each naming the years and levels; "judged by" names each year once and says when
 * the document's fiscal year has no framework of its own (FY 2570: "ยังไม่มีเกณฑ์ ITA 2570").
 */
import type { CollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { Organisations } from '../../collections/Organisations'
import { parseFrameworks, oitRuleSets } from '@prongsai/oit/utilities'
import { evaluate, checklistLines, judgedBy } from '@prongsai/publish-gate/utilities'
import { frameworkSources, yearData } from '../helpers/frameworks'

const collections: CollectionConfig[] = [Organisations, ...OIT_COLLECTIONS]
const all = oitRuleSets(parseFrameworks(frameworkSources()), collections)
const judge = (slug: string, doc: Record<string, unknown>, sets = all) => {
  const result = evaluate(sets[slug]!, doc)
  return { result, lines: checklistLines(sets[slug]!, result), judges: judgedBy(sets[slug]!, result, doc) }
}

describe('one line per component', () => {
  it('an executive judged by ITA 2566 and ITA 2569 gets each component once, naming both years', () => {
    const { result, lines } = judge('executives', { name: 'นายสมชาย ใจดี' })
    // Both years judge it: before, every component was listed once per year.
    expect(result.judgedBy.map((s) => s.id)).toEqual(['ita-2566:o2', 'ita-2569:O2'])
    const words = lines.map((l) => l.label.th)
    expect(new Set(words).size).toBe(words.length)
    expect(lines.length).toBeLessThan(result.missing.length + result.warnings.length + result.satisfied.length)
    const photo = lines.find((l) => l.ruleIds.includes('o2.photo'))!
    expect(photo).toMatchObject({ state: 'missing', ruleIds: ['o2.photo', 'O2.photo'] })
    expect(photo.askedBy).toEqual([
      { source: { th: 'ITA 2566', en: 'ITA 2566' }, level: 'required', met: false },
      { source: { th: 'ITA 2569 (ชั่วคราว)', en: 'ITA 2569 (provisional)' }, level: 'recommended', met: false },
    ])
    const name = lines.find((l) => l.ruleIds.includes('o2.name'))!
    expect(name).toMatchObject({ state: 'met', via: 'fields' })
    // Missing first, then warnings, then what is met.
    const order = lines.map((l) => ['missing', 'warning', 'info', 'met'].indexOf(l.state))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('a line is missing while any required rule behind it is, and met once every rule is', () => {
    const { lines } = judge('executives', { name: 'x', photo: 1 })
    expect(lines.find((l) => l.ruleIds.includes('o2.photo'))).toMatchObject({ state: 'met' })
  })
})

describe('judged by: the right year for the document', () => {
  it('FY 2570 (no ITA 2570 yet): each year once, and the newest named as the provisional guide', () => {
    const { judges } = judge('news', { title: 'x', fiscalYear: 2570 })
    expect(judges.sources.map((s) => s.th)).toEqual(['ITA 2566', 'ITA 2569 (ชั่วคราว)'])
    expect(judges.noStandard).toEqual({
      name: 'ITA',
      year: 2570,
      upcoming: true,
      guide: { th: 'ITA 2569 (ชั่วคราว)', en: 'ITA 2569 (provisional)' },
    })
  })

  it('a year with its own framework needs no word; undated documents neither', () => {
    expect(judge('news', { title: 'x', fiscalYear: 2566 }).judges.noStandard).toBeUndefined()
    expect(judge('news', { title: 'x', fiscalYear: 2569 }).judges.noStandard).toBeUndefined()
    expect(judge('executives', { name: 'x' }).judges.noStandard).toBeUndefined()
  })

  it('a previous-year item asks for the next ITA year: a FY 2565 annual report for ITA 2566', () => {
    const annual = { title: 'x', kind: 'annual', subject: 'operations' }
    expect(judge('reports', { ...annual, fiscalYear: 2565 }).judges.noStandard).toBeUndefined()
    expect(judge('reports', { ...annual, fiscalYear: 2570 }).judges.noStandard).toMatchObject({ year: 2571 })
  })

  it('adding ita-2570.json makes FY 2570 documents judged by ITA 2570, with no word about a missing year', () => {
    const data = yearData(2569)
    data.year = 2570
    data.title = { th: 'ITA 2570 (ทดสอบ)', en: 'ITA 2570 (test)' }
    data.provisional = false
    const withNext = oitRuleSets(
      parseFrameworks([...frameworkSources(), { file: 'ita-2570.json', data }]),
      collections,
    )
    const { judges, result } = judge('news', { title: 'x', fiscalYear: 2570 }, withNext)
    expect(judges.noStandard).toBeUndefined()
    expect(judges.sources.map((s) => s.th)).toContain('ITA 2570')
    expect(result.judgedBy.map((s) => s.id)).toContain('ita-2570:O4')
  })
})
