/**
 * Rows in the publish gate (issue 18 items 9-10): an empty row does not count, an
 * incomplete row is named with its number and what it misses, and progress counts the
 * complete rows. The rules are the สขร.1 components of categories.json, as the app uses them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { CATALOG_FILE, FRAMEWORKS_DIR } from '@prongsai/oit/utilities'
import { describeGap, evaluate, isPresent, fieldLabels } from '@prongsai/publish-gate/utilities'
import type { RuleSet } from '@prongsai/publish-gate/types'
import { ProcurementMonthlySummaries } from '../../collections/oit/ProcurementMonthlySummaries'

const categories: unknown = JSON.parse(fs.readFileSync(path.join(FRAMEWORKS_DIR, CATALOG_FILE), 'utf8'))

type Component = { key: string; label: RuleSet['rules'][number]['label']; check: RuleSet['rules'][number]['check'] }
const components = (
  (categories as unknown as { categories: { slug?: string; key?: string; components: Component[] }[] }).categories ??
  (categories as unknown as { slug?: string; key?: string; components: Component[] }[])
).find((c) => c.components?.some((x) => x.key === 'procurement-rows'))!.components

const o21: RuleSet = {
  id: 'test:o21',
  label: { th: 'สขร.1', en: 'Monthly procurement' },
  when: {},
  rules: components.map((c) => ({
    id: `o21.${c.key}`,
    level: 'required',
    label: c.label,
    message: { th: `ขาด${c.label.th}`, en: `${c.label.en} missing` },
    check: c.check,
  })),
}

const complete = (n: number) => ({
  id: `row${n}`,
  work: `งาน ${n}`,
  budget: 1000,
  referencePrice: 1000,
  method: 'specific',
  bidders: [{ id: `b${n}`, name: 'ร้าน ก', price: 990 }],
  winner: 'ร้าน ก',
  agreedPrice: 990,
  reason: 'ราคาต่ำสุด',
  contractNumber: `1/${n}`,
  contractDate: '2026-12-01T00:00:00.000Z',
})

describe('rows in the publish gate', () => {
  it('an empty row (only its id) is not present; a row with content is', () => {
    expect(isPresent([{ id: 'x', name: null, price: null }])).toBe(false)
    expect(isPresent([{ id: 'x', name: '  ' }])).toBe(false)
    expect(isPresent([{ id: 'x', name: 'ร้าน ก' }])).toBe(true)
    expect(isPresent([12])).toBe(true)
    expect(isPresent([{ id: 12 }])).toBe(true) // a related document, unpopulated
  })

  it('an empty bidder row does not tick the bidders component', () => {
    const row = { ...complete(1), bidders: [{ id: 'b', name: '', price: null }] }
    const result = evaluate([o21], { rows: [row] })
    expect(result.missing.map((f) => f.ruleId)).toEqual(['o21.bidders'])
    expect(result.missing[0]!.rows).toEqual([{ list: 'rows', index: 0, missing: ['bidders'], path: 'rows.0.bidders' }])
  })

  it('names the incomplete row with its number and points at its first empty field', () => {
    const third = { ...complete(3), winner: '', agreedPrice: null }
    const result = evaluate([o21], { rows: [complete(1), complete(2), third] })
    expect(result.complete).toBe(false)
    const finding = result.missing.find((f) => f.ruleId === 'o21.procurement-rows')!
    expect(finding.path).toBe('rows.2.winner')
    expect(finding.rows).toEqual([{ list: 'rows', index: 2, missing: ['winner', 'agreedPrice'], path: 'rows.2.winner' }])
    const labels = fieldLabels(ProcurementMonthlySummaries.fields)
    expect(describeGap(finding.rows![0]!, labels, 'th')).toBe('รายการที่ 3: ขาดผู้ได้รับการคัดเลือก, ราคาที่ตกลง (บาท)')
    expect(describeGap(finding.rows![0]!, labels, 'en')).toBe('Item 3: missing Selected supplier, Agreed price (baht)')
  })

  it('progress counts what is done: two complete purchases of three are not 0%', () => {
    const blank = { id: 'row3' }
    const result = evaluate([o21], { rows: [complete(1), complete(2), blank] })
    expect(result.missing).toHaveLength(components.length)
    expect(result.score).toBe(67)
    expect(evaluate([o21], { rows: [complete(1), complete(2)] }).score).toBe(100)
    expect(evaluate([o21], { rows: [] }).score).toBe(0)
  })

  it('never shows 100% while something required is missing', () => {
    const rows = Array.from({ length: 400 }, (_, i) => complete(i))
    rows.push({ ...complete(999), reason: '' })
    const result = evaluate([o21], { rows })
    expect(result.complete).toBe(false)
    expect(result.score).toBe(99)
  })
})
