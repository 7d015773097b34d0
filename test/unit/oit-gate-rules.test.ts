/**
 * OIT frameworks → publish-gate rule sets: document-scope components only, PDF and
 * "declared none" alternatives carried over, and the document's fiscal year choosing the
 * framework when two ITA years disagree.
 */
import type { CollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { Organisations } from '../../collections/Organisations'
import { parseFrameworks, oitRuleSets } from '@prongsai/oit/utilities'
import { evaluate } from '@prongsai/publish-gate/utilities'
import { frameworkSources, setLevel, withCatalog, yearData } from '../helpers/frameworks'

const collections: CollectionConfig[] = [Organisations, ...OIT_COLLECTIONS]
const ita2566 = parseFrameworks(frameworkSources()).find((f) => f.year === 2566)

/** A made-up, firm ITA 2580 in which the executive photo is only recommended. */
function ita2580() {
  const data = yearData(2566)
  data.year = 2580
  data.title = { th: 'ITA 2580 (ทดสอบ)', en: 'ITA 2580 (test)' }
  setLevel(data, 'o2', 'photo', 'recommended')
  setLevel(data, 'o13', 'problems', 'recommended')
  return parseFrameworks(withCatalog({ file: 'ita-2580.json', data }))[0]!
}

describe('oitRuleSets', () => {
  const sets = oitRuleSets([ita2566!], collections)

  it('has one set per item with document rules, item-scope components left to the dashboard', () => {
    const o2 = sets.executives!.find((s) => s.id === 'ita-2566:o2')!
    const ids = o2.rules.map((r) => r.id)
    expect(ids).toEqual(expect.arrayContaining(['o2.name', 'o2.position', 'o2.photo', 'o2.contact']))
    expect(ids).not.toContain('o2.top-executive')
    expect(sets.organisations!.map((s) => s.id)).toEqual(
      expect.arrayContaining(['ita-2566:o1', 'ita-2566:o3', 'ita-2566:o5', 'ita-2566:o28']),
    )
  })

  it('carries the declaration of none and the PDF alternative', () => {
    const o21 = sets['procurement-monthly-summaries']!.find((s) => s.id === 'ita-2566:o21')!
    expect(o21.declaredNone).toEqual({ path: 'declaredNone' })
    const o4 = sets.plans!.find((s) => s.id === 'ita-2566:o4')!
    expect(o4.attachment).toEqual({ filePath: 'sourceDocument', locationsPath: 'componentLocations' })
    expect(o4.rules.find((r) => r.id === 'o4.strategies')?.attachmentKey).toBe('strategies')
  })

  it('judges a document by the framework of its fiscal year; undated ones by the newest', () => {
    const both = oitRuleSets([ita2566!, ita2580()], collections)
    const report = { kind: 'annual', subject: 'operations', title: 'x' }
    const judged = (doc: Record<string, unknown>) => evaluate(both.reports!, doc).judgedBy.map((s) => s.id)
    // o13 is an annual report of the previous year: ITA 2566 judges FY 2565 and before.
    expect(judged({ ...report, fiscalYear: 2564 })).toEqual(['ita-2566:o13'])
    expect(judged({ ...report, fiscalYear: 2565 })).toEqual(['ita-2566:o13'])
    expect(judged({ ...report, fiscalYear: 2566 })).toEqual(['ita-2580:o13'])
    expect(judged({ ...report, fiscalYear: 2567 })).toEqual(['ita-2580:o13'])
    expect(judged({ ...report, fiscalYear: 2571 })).toEqual(['ita-2580:o13'])

    // A plan of the current year: ITA 2566 judges FY 2566.
    const plan = { kind: 'action', title: 'x' }
    expect(evaluate(both.plans!, { ...plan, fiscalYear: 2566 }).judgedBy.map((s) => s.id)).toEqual(['ita-2566:o11'])
    expect(evaluate(both.plans!, { ...plan, fiscalYear: 2567 }).judgedBy.map((s) => s.id)).toEqual(['ita-2580:o11'])

    // Executives carry no fiscal year: the newest framework, where the photo only warns.
    const executive = { name: 'นายก', position: 'นายก', contact: { phone: '0 5451 1234' } }
    const verdict = evaluate(both.executives!, executive)
    expect(verdict.judgedBy.map((s) => s.id)).toEqual(['ita-2580:o2'])
    expect(verdict.complete).toBe(true)
    expect(verdict.warnings.map((w) => w.ruleId)).toContain('o2.photo')
    expect(evaluate(oitRuleSets([ita2566!], collections).executives!, executive).missing.map((m) => m.ruleId)).toEqual([
      'o2.photo',
    ])
  })

  it('lets a provisional year warn but never block, and take no fiscal year from a firm one', () => {
    const frameworks = parseFrameworks(frameworkSources())
    const ita2569 = frameworks.find((f) => f.year === 2569)!
    expect(ita2569.provisional).toBe(true)
    const all = oitRuleSets(frameworks, collections)
    const judged = (slug: string, doc: Record<string, unknown>) => evaluate(all[slug]!, doc).judgedBy.map((s) => s.id)

    // Everything ITA 2566 judged alone, it still judges; ITA 2569 only adds warnings.
    expect(judged('news', { title: 'x', fiscalYear: 2566 })).toEqual(['ita-2566:o7'])
    expect(judged('news', { title: 'x', fiscalYear: 2569 })).toEqual(['ita-2566:o7', 'ita-2569:O4'])
    expect(judged('executives', { name: 'x' })).toEqual(['ita-2566:o2', 'ita-2569:O2'])
    for (const set of Object.values(all)
      .flat()
      .filter((s) => s.id.startsWith('ita-2569:'))) {
      expect(set.label.th).toContain('(ชั่วคราว)')
      expect(set.rules.every((r) => r.level !== 'required')).toBe(true)
    }
    for (const [slug, sets] of Object.entries(oitRuleSets([ita2566!], collections))) {
      expect(all[slug]!.filter((s) => s.id.startsWith('ita-2566:'))).toEqual(sets)
    }

    // A new report kind only ITA 2569 asks for: its missing parts warn, publishing is allowed.
    const verdict = evaluate(all.reports!, { title: 'x', kind: 'ita-development', fiscalYear: 2569 })
    expect(verdict.judgedBy.map((s) => s.id)).toEqual(['ita-2569:O25'])
    expect(verdict.complete).toBe(true)
    expect(verdict.warnings.map((w) => w.ruleId)).toEqual([
      'O25.assessed-year',
      'O25.ita-score',
      'O25.issues',
      'O25.actions',
    ])
  })
})
