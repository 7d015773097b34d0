/**
 * Table-driven checks over the ITA framework files: they parse, every item lands in a
 * real collection and filter, every component names real field paths, and a broken
 * file is refused with a message that names the file, the item and the field.
 */
import type { CollectionConfig } from 'payload'

import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { Organisations } from '../../collections/Organisations'
import {
  checkPaths,
  findCatalogProblems,
  findReferenceProblems,
  fieldAtPath,
  selectValues,
  parseFrameworkData,
  parseFrameworks,
  frameworkSchema,
} from '@prongsai/oit/utilities'
import { oitPlugin } from '@prongsai/oit'
import { catalogSource, frameworkSources, itemIn, withCatalog, yearData } from '../helpers/frameworks'

const sources = frameworkSources()
const frameworks = parseFrameworks(sources)
const collections: CollectionConfig[] = [Organisations, ...OIT_COLLECTIONS]
const bySlug = new Map(collections.map((c) => [c.slug, c]))
const ita2566 = frameworks.find((f) => f.year === 2566)!

/** The catalogue plus a copy of the 2566 file, broken on purpose. */
function broken(edit: (data: any) => void) {
  const data = yearData(2566)
  edit(data)
  return withCatalog({ file: 'ita-test.json', data })
}

/** A copy of the catalogue, broken on purpose, with the real 2566 file. */
function brokenCatalog(edit: (data: any) => void) {
  const data = structuredClone(catalogSource().data) as any
  edit(data)
  return [
    { file: 'categories.json', data },
    { file: 'ita-2566.json', data: yearData(2566) },
  ]
}
const category = (data: any, key: string) => data.categories.find((c: { key: string }) => c.key === key)

describe('ITA 2566 framework file', () => {
  it('has all 43 items, o1 … o43 in order, under indicators 9.1 … 10.2', () => {
    expect(ita2566.items.map((i) => i.code)).toEqual(Array.from({ length: 43 }, (_, i) => `o${i + 1}`))
    expect(ita2566.indicators.map((i) => i.code)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2'])
  })

  it('refers to nothing that does not exist', () => {
    expect(findReferenceProblems(ita2566, collections)).toEqual([])
  })

  describe.each(ita2566.items.map((item) => [item.code, item] as const))('%s', (_code, item) => {
    const collection = bySlug.get(item.category.collection)

    it('maps to an existing collection and filter', () => {
      expect(collection, `collection ${item.category.collection}`).toBeDefined()
      for (const [key, value] of Object.entries(item.category.where)) {
        const field = fieldAtPath(collection!.fields, key)
        expect(field, `${item.category.collection}.${key}`).toBeDefined()
        const options = selectValues(field)
        if (options) expect(options).toContain(value)
      }
    })

    it('has components whose field paths exist', () => {
      expect(item.components.length).toBeGreaterThan(0)
      for (const component of item.components) {
        for (const fieldPath of checkPaths(component.check)) {
          expect(
            fieldAtPath(collection!.fields, fieldPath),
            `${item.code}.${component.key} → ${fieldPath}`,
          ).toBeDefined()
        }
        expect(component.label.th).not.toBe('')
        expect(component.label.en).not.toBe('')
      }
    })

    it('names a default responsible division', () => {
      expect(item.division).toMatch(/^(all|[a-z-]+)$/)
    })
  })

  it('follows the checklist on time windows and "publish that there is none"', () => {
    const item = (code: string) => ita2566.items.find((i) => i.code === code)!
    expect(item('o4').window).toBe('valid-during-current-fy')
    expect(item('o7').window).toBe('current-fy')
    expect(item('o12').window).toBe('first-half-current-fy')
    expect(item('o13').window).toBe('previous-fy')
    expect(item('o21').window).toBe('monthly-first-half-current-fy')
    expect(item('o33').window).toBe('previous-fy')
    expect(['o19', 'o21', 'o29'].every((code) => item(code).declaredNone)).toBe(true)
    expect(ita2566.items.filter((i) => i.declaredNone).map((i) => i.code)).toEqual(['o19', 'o21', 'o29'])
    expect(item('o14').minimum).toBeGreaterThanOrEqual(1)
    expect(item('o2').components.map((c) => c.key)).toEqual(
      expect.arrayContaining(['name', 'position', 'photo', 'contact']),
    )
  })
})

describe('every year file resolves to a valid framework', () => {
  it.each(frameworks.map((f) => [f.year, f] as const))('ITA %i', (_year, framework) => {
    const result = frameworkSchema.safeParse(framework)
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true)
    expect(result.data).toEqual(framework)
  })
})

describe('every year speaks of itself', () => {
  const arabic = (text: string) => text.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)))
  it.each(frameworks.map((f) => [f.year, f] as const))(
    'ITA %i: a requirement names no other year and no item the year does not have',
    (_year, framework) => {
      const numbers = new Set(framework.items.map((i) => Number(i.code.slice(1))))
      for (const item of framework.items) {
        for (const component of item.components) {
          const text = arabic(component.requirement)
          // A year of the assessment ("ปี พ.ศ. 2566", "ปีงบประมาณ 2565"), not of a law ("… พ.ศ. 2560").
          for (const [, year] of text.matchAll(/ปี(?:งบประมาณ)?\s*(?:พ\.ศ\.)?\s*(25\d\d)/g)) {
            expect(Number(year), `${item.code}.${component.key}: ${component.requirement}`).toBeGreaterThanOrEqual(
              framework.year - 1,
            )
            expect(Number(year), `${item.code}.${component.key}: ${component.requirement}`).toBeLessThanOrEqual(
              framework.year,
            )
          }
          for (const [, n] of text.matchAll(/ตามข้อ (\d{2,3})/g)) {
            expect(numbers.has(Number(n)), `${item.code}.${component.key}: ${component.requirement}`).toBe(true)
          }
        }
      }
    },
  )
})

describe('a broken framework is refused precisely', () => {
  it('names the file, the item and the component of a year file', () => {
    const bad = broken((d) => {
      itemIn(d, 'o2').components[3] = 'shoe-size'
    })
    expect(() => parseFrameworks(bad)).toThrowError(
      /ita-test\.json: .*invalid framework\n {2}- groups\[0\] › items\[1\] \(o2\) › components\[3\]: category "executives" has no component "shoe-size"/,
    )
  })

  it('names the category and the component of the catalogue', () => {
    const bad = brokenCatalog((d) => {
      category(d, 'executives').components[0].check = { type: 'present', path: 'not a path' }
    })
    expect(() => parseFrameworks(bad)).toThrowError(
      /categories\.json: .*invalid framework\n {2}- categories\[1\] \(executives\) › components\[0\] \(\w[\w-]*\) › check › path: /,
    )
  })

  it('refuses a missing English title, an unknown window or category, a duplicate code and a dangling placeholder', () => {
    const refused = (edit: (d: any) => void) => () => parseFrameworks(broken(edit))
    expect(refused((d) => delete itemIn(d, 'o1').title.en)).toThrowError(/items\[0\] \(o1\) › title › en/)
    expect(refused((d) => (itemIn(d, 'o6').window = 'sometime'))).toThrowError(/items\[5\] \(o6\) › window/)
    expect(refused((d) => (itemIn(d, 'o6').category = 'statutes'))).toThrowError(
      /\(o6\) › category: no category "statutes"/,
    )
    expect(refused((d) => (itemIn(d, 'o3').code = 'o1'))).toThrowError(/duplicate item code "o1"/)
    expect(refused((d) => (itemIn(d, 'o3').description += ' {photo}'))).toThrowError(
      /\(o3\) › description: "\{photo\}" names no component of the item/,
    )
    expect(refused((d) => (itemIn(d, 'o3').notes = ['nowhere']))).toThrowError(/\(o3\) › notes\[0\]: no note "nowhere"/)
  })

  it('asks a provisional year for a source per item and a certainty per component', () => {
    const provisional = (edit: (d: any) => void = () => {}) =>
      broken((d) => {
        d.provisional = true
        for (const group of d.groups)
          for (const item of group.items) {
            item.source = 'ทดสอบ / test'
            item.components = item.components.map((ref: any) => ({
              ...(typeof ref === 'string' ? { key: ref } : ref),
              certainty: 'inferred',
            }))
          }
        edit(d)
      })
    expect(parseFrameworks(provisional())[0]!.provisional).toBe(true)
    expect(() => parseFrameworks(provisional((d) => delete itemIn(d, 'o4').source))).toThrowError(
      /\(o4\) › source: a provisional year says where each item comes from/,
    )
    expect(() => parseFrameworks(provisional((d) => (itemIn(d, 'o4').components[0] = 'multi-year')))).toThrowError(
      /\(o4\) › components\[0\]: a provisional year says how sure each component is/,
    )
  })

  it('refuses a catalogue without a file, with a duplicate key, or with one collection and filter twice', () => {
    expect(() => parseFrameworks([{ file: 'ita-2566.json', data: yearData(2566) }])).toThrowError(
      /categories\.json .*missing/,
    )
    expect(() => parseFrameworks(brokenCatalog((d) => (category(d, 'laws').key = 'news')))).toThrowError(
      /duplicate category key "news"/,
    )
    expect(() =>
      parseFrameworks(
        brokenCatalog((d) => d.categories.push({ ...structuredClone(category(d, 'laws')), key: 'laws-again' })),
      ),
    ).toThrowError(/same collection and filter as category "laws"/)
  })

  it('refuses a field path that does not exist in the collection, naming the category', () => {
    const { catalog } = parseFrameworkData(
      brokenCatalog((d) => {
        category(d, 'executives').components[0].check = { type: 'present', path: 'shoeSize' }
      }),
    )
    expect(findCatalogProblems(catalog, collections)).toEqual([
      expect.stringMatching(
        /^categories\.json › executives › components\[0\] \(\w[\w-]*\) › check: .* no field "shoeSize" in executives$/,
      ),
    ])
    const [framework] = parseFrameworks(broken((d) => (itemIn(d, 'o21').declaredNone.path = 'nothingHere')))
    expect(findReferenceProblems(framework!, collections, 'ita-test.json')).toEqual([
      expect.stringMatching(/^ita-test\.json › o21 › declaredNone\.path: .*"nothingHere"/),
    ])
  })

  it('stops the config with the plugin name when a reference is wrong', () => {
    const plugin = oitPlugin({
      frameworks: brokenCatalog((d) => {
        category(d, 'organisation-profile').collection = 'structures'
      }),
    })
    expect(() => plugin({ collections } as never)).toThrowError(
      /^\[oitPlugin\] .*\n {2}- categories\.json › organisation-profile › collection: .*"structures"/,
    )
  })
})

describe('the README', () => {
  it('has a worked example of an item that a year file accepts as it is', () => {
    const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('### Adding an ITA year'))
    const group = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!)
    const data = { ...yearData(2566), year: 2590, provisional: true, groups: [group] }
    data.groups[0].items[0].division = 'strategy'
    const [framework] = parseFrameworks(withCatalog({ file: 'ita-2590.json', data }))
    const o10 = framework!.items[0]!
    expect(o10.category).toMatchObject({ key: 'e-services', collection: 'e-services' })
    expect(o10.components.map((c) => [c.key, c.level, c.certainty])).toEqual([
      ['name', 'required', 'analogue'],
      ['url', 'required', 'analogue'],
      ['usage-statistics', 'recommended', 'inferred'],
    ])
    expect(o10.description).toContain('ข้อมูลสถิติการขอรับบริการผ่านช่องทางออนไลน์')
    expect(findReferenceProblems(framework!, collections)).toEqual([])
  })
})
