/**
 * The admin speaks of kinds of data, not of one ITA year: no item code (o1…o43 in 2566,
 * O1…O26 since 2568) and no indicator number (9.1…10.2) in any collection's labels,
 * navigation group or description, nor in any field's label, description or option
 * labels. Codes an editor benefits from are computed from the frameworks by the OIT
 * plugin, so they are not in the collections as the app defines them, which this walks.
 */
import type { CollectionConfig, Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { Divisions } from '../../collections/Divisions'
import { createMediaCollection } from '../../collections/Media'
import { OIT_COLLECTIONS } from '../../collections/oit'
import { Organisations } from '../../collections/Organisations'
import { Users } from '../../collections/Users'
import { FRAMEWORKS_DIR, parseFrameworks, readFrameworkDir, usedIn, withUsedIn } from '@prongsai/oit/utilities'

const ITEM_CODE = /(^|[^\p{L}\p{N}])[oO]\d{1,2}(?![\p{N}])/u
const INDICATOR = /(^|[^\p{N}.])(9\.[1-5]|10\.[12])(?![\p{N}])/u

/** Every text a person reads in the admin for this collection, with where it is. */
function texts(collection: CollectionConfig): [string, string][] {
  const out: [string, string][] = []
  const add = (where: string, value: unknown) => {
    if (typeof value === 'string') out.push([where, value])
    else if (value && typeof value === 'object' && typeof value !== 'function')
      for (const [language, text] of Object.entries(value))
        if (typeof text === 'string') out.push([`${where}.${language}`, text])
  }
  add(`${collection.slug} singular`, collection.labels?.singular)
  add(`${collection.slug} plural`, collection.labels?.plural)
  add(`${collection.slug} group`, collection.admin?.group)
  add(`${collection.slug} description`, collection.admin?.description)
  const walk = (fields: Field[], path: string) => {
    for (const field of fields) {
      const name = 'name' in field && field.name ? `${path}${field.name}` : `${path}(${field.type})`
      add(`${name} label`, 'label' in field ? field.label : undefined)
      add(`${name} description`, (field.admin as { description?: unknown } | undefined)?.description)
      if ('labels' in field && field.labels) {
        add(`${name} labels.singular`, (field.labels as { singular?: unknown }).singular)
        add(`${name} labels.plural`, (field.labels as { plural?: unknown }).plural)
      }
      if ('options' in field && Array.isArray(field.options)) {
        for (const option of field.options)
          if (typeof option === 'object') add(`${name} option ${option.value}`, option.label)
      }
      if ('fields' in field && Array.isArray(field.fields)) walk(field.fields, `${name}.`)
      if (field.type === 'tabs')
        for (const tab of field.tabs) {
          add(`${name} tab label`, tab.label)
          add(`${name} tab description`, tab.description)
          walk(tab.fields, `${name}.`)
        }
      if (field.type === 'blocks') for (const block of field.blocks) walk(block.fields, `${name}.${block.slug}.`)
    }
  }
  walk(collection.fields, `${collection.slug}.`)
  return out
}

const COLLECTIONS = [
  Organisations,
  ...OIT_COLLECTIONS,
  Users,
  Divisions,
  createMediaCollection({ staticDir: '/tmp' }),
]

describe('a year-neutral admin', () => {
  it('names no ITA item code or indicator number in any label, group or description', () => {
    const found = COLLECTIONS.flatMap(texts).filter(([, text]) => ITEM_CODE.test(text) || INDICATOR.test(text))
    expect(found.map(([where, text]) => `${where}: ${text}`)).toEqual([])
  })

  it('reads every label it should (the walk is not empty)', () => {
    expect(COLLECTIONS.flatMap(texts).length).toBeGreaterThan(300)
  })
})

describe('codes computed from the frameworks', () => {
  const frameworks = parseFrameworks(readFrameworkDir(FRAMEWORKS_DIR))

  it('say which items of which year a category serves', () => {
    expect(usedIn(frameworks, 'executives')).toEqual({
      th: 'ใช้ใน ITA 2569 (ชั่วคราว) O2 · ITA 2566 o2',
      en: 'Used in ITA 2569 (provisional) O2 · ITA 2566 o2',
    })
    expect(usedIn(frameworks, 'plans')?.th).toMatch(/^ใช้ใน ITA 2569 \(ชั่วคราว\) O5, O6, O23 · ITA 2566 o4, /)
    expect(usedIn(frameworks, 'users')).toBeUndefined()
  })

  it('follow the collection’s own description', () => {
    const used = { th: 'ใช้ใน ITA 2566 o2', en: 'Used in ITA 2566 o2' }
    expect(withUsedIn({ th: 'ผู้บริหาร', en: 'Executives' }, used)).toEqual({
      th: 'ผู้บริหาร · ใช้ใน ITA 2566 o2',
      en: 'Executives · Used in ITA 2566 o2',
    })
    expect(withUsedIn(undefined, used)).toBe(used)
  })
})
