/**
 * Table-driven checks over the ITA framework files: they parse, every item lands in a
 * real collection and filter, every component names real field paths, and a broken
 * file is refused with a message that names the file, the item and the field.
 */
import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { Organisations } from '../../collections/Organisations'
import { checkPaths, findReferenceProblems } from '../../plugins/oit/framework/checkReferences'
import { fieldAtPath, selectValues } from '../../plugins/oit/framework/fieldPaths'
import { parseFrameworks, readFrameworkDir } from '../../plugins/oit/framework/load'
import { oitPlugin } from '../../plugins/oit'

const DIR = path.resolve(import.meta.dirname, '../../plugins/oit/frameworks')
const sources = readFrameworkDir(DIR)
const frameworks = parseFrameworks(sources)
const collections: CollectionConfig[] = [Organisations, ...OIT_COLLECTIONS]
const bySlug = new Map(collections.map((c) => [c.slug, c]))
const ita2566 = frameworks.find((f) => f.year === 2566)!
const source2566 = sources.find((s) => (s.data as { year: number }).year === 2566)!

/** A deep copy of the 2566 file to break on purpose. */
function broken(edit: (data: any) => void) {
  const data = structuredClone(source2566.data) as any
  edit(data)
  return [{ file: 'ita-test.json', data }]
}

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
          expect(fieldAtPath(collection!.fields, fieldPath), `${item.code}.${component.key} → ${fieldPath}`).toBeDefined()
        }
        expect(component.label.th).not.toBe('')
        expect(component.label.en).not.toBe('')
      }
    })

    it('names a default responsible division', () => {
      expect(item.department).toMatch(/^(all|[a-z-]+)$/)
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
    expect(item('o2').components.map((c) => c.key)).toEqual(expect.arrayContaining(['name', 'position', 'photo', 'contact']))
  })
})

describe('a broken framework is refused precisely', () => {
  it('names the file, the item, the component and the field', () => {
    const bad = broken((d) => {
      d.items[1].components[0].check = { type: 'present', path: 'not a path' }
    })
    expect(() => parseFrameworks(bad)).toThrowError(
      /ita-test\.json: .*invalid framework\n {2}- items\[1\] \(o2\) › components\[0\] \(\w[\w-]*\) › check › path: /,
    )
  })

  it('refuses a missing English title, an unknown window and a duplicate code', () => {
    expect(() =>
      parseFrameworks(
        broken((d) => {
          delete d.items[0].title.en
        }),
      ),
    ).toThrowError(/items\[0\] \(o1\) › title › en/)
    expect(() =>
      parseFrameworks(
        broken((d) => {
          d.items[5].window = 'sometime'
        }),
      ),
    ).toThrowError(/items\[5\] \(o6\) › window/)
    expect(() =>
      parseFrameworks(
        broken((d) => {
          d.items[2].code = 'o1'
        }),
      ),
    ).toThrowError(/duplicate item code "o1"/)
  })

  it('refuses a field path that does not exist in the collection', () => {
    const [framework] = parseFrameworks(
      broken((d) => {
        d.items[1].components[0].check = { type: 'present', path: 'shoeSize' }
      }),
    )
    expect(findReferenceProblems(framework!, collections, 'ita-test.json')).toEqual([
      expect.stringMatching(/^ita-test\.json › o2 › components\[0\] \(\w[\w-]*\) › check: .* no field "shoeSize" in executives$/),
    ])
  })

  it('stops the config with the plugin name when a reference is wrong', () => {
    const plugin = oitPlugin({
      frameworks: broken((d) => {
        d.items[0].category.collection = 'structures'
      }),
    })
    expect(() => plugin({ collections } as never)).toThrowError(/^\[oitPlugin\] .*\n {2}- ita-test\.json › o1 › category\.collection: .*"structures"/)
  })
})
