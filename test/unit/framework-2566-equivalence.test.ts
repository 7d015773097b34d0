/**
 * The 2566 year file in the catalogue form must mean exactly what the hand-written,
 * fully spelled-out file it replaced meant (kept as `test/fixtures/ita-2566.expanded.json`):
 * the same resolved framework, the same publish-gate rule sets, and the same verdict on
 * every demo document and on every copy of one with one component's fields removed.
 */
import type { CollectionConfig } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { Organisations } from '../../collections/Organisations'
import { checkPaths, parseFrameworks, frameworkSchema, oitRuleSets } from '@prongsai/oit/utilities'
import type { Framework } from '@prongsai/oit/types'
import { evaluate, selectRuleSets } from '@prongsai/publish-gate/utilities'
import { DEMO_DOCUMENTS, DEMO_ORGANISATION_PROFILE } from '../../seed/data/oit-demo'
import { FRAMEWORKS_DIR, frameworkSources } from '../helpers/frameworks'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/ita-2566.expanded.json')
const collections: CollectionConfig[] = [Organisations, ...OIT_COLLECTIONS]

const before = frameworkSchema.parse(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')))
const after = parseFrameworks(frameworkSources()).find((f) => f.year === 2566)!

/** The catalogue's category key and name are the one thing the new form adds. */
const withoutCategoryKeys = (framework: Framework) => ({
  ...framework,
  items: framework.items.map(({ category: { key: _key, label: _label, ...category }, ...item }) => ({
    ...item,
    category,
  })),
})

/** A copy of `doc` without the value at a dotted path (an array path empties the array). */
function without(doc: Record<string, unknown>, dotted: string): Record<string, unknown> {
  const copy = structuredClone(doc)
  const keys = dotted.split('.')
  let node: unknown = copy
  for (const key of keys.slice(0, -1)) {
    node = Array.isArray(node)
      ? node.map((row) => (row as Record<string, unknown>)?.[key])
      : (node as Record<string, unknown>)?.[key]
    if (node === undefined || node === null) return copy
  }
  const last = keys.at(-1)!
  for (const target of Array.isArray(node) ? node : [node]) {
    if (target && typeof target === 'object') delete (target as Record<string, unknown>)[last]
  }
  return copy
}

const documents: { collection: string; data: Record<string, unknown> }[] = [
  { collection: 'organisations', data: DEMO_ORGANISATION_PROFILE as Record<string, unknown> },
  ...DEMO_DOCUMENTS.map((d) => ({ collection: d.collection, data: d.data })),
]

describe('ITA 2566 in the catalogue form', () => {
  it('is at most a third of the size of the file it replaced', () => {
    const size = (file: string) => fs.statSync(file).size
    expect(size(path.join(FRAMEWORKS_DIR, 'ita-2566.json'))).toBeLessThanOrEqual(size(FIXTURE) / 3)
  })

  it('resolves to the same framework, item by item and component by component', () => {
    expect(withoutCategoryKeys(after)).toEqual(before)
  })

  it('compiles to the same publish-gate rule sets', () => {
    expect(oitRuleSets([after], collections)).toEqual(oitRuleSets([before], collections))
  })

  const setsBefore = oitRuleSets([before], collections)
  const setsAfter = oitRuleSets([after], collections)

  it('gives the same verdict on every demo document', () => {
    let judged = 0
    for (const { collection, data } of documents) {
      const verdict = evaluate(setsAfter[collection] ?? [], data)
      expect(verdict, `${collection}: ${String(data.title ?? data.name ?? '')}`).toEqual(
        evaluate(setsBefore[collection] ?? [], data),
      )
      if (verdict.judgedBy.length > 0) judged++
    }
    expect(judged).toBeGreaterThan(40)
  })

  it('gives the same verdict when any one component is removed from any demo document', () => {
    let cases = 0
    let turnedIncomplete = 0
    for (const { collection, data } of documents) {
      for (const rule of selectRuleSets(setsBefore[collection] ?? [], data).flatMap((set) => set.rules)) {
        const stripped = checkPaths(rule.check).reduce(without, data)
        const verdict = evaluate(setsAfter[collection] ?? [], stripped)
        expect(verdict, `${collection} without ${rule.id}`).toEqual(evaluate(setsBefore[collection] ?? [], stripped))
        cases++
        if (verdict.missing.some((m) => m.ruleId === rule.id)) turnedIncomplete++
      }
    }
    // The removals are real: most of them make the component missing.
    expect(cases).toBeGreaterThan(150)
    expect(turnedIncomplete).toBeGreaterThan(cases / 2)
  })
})
