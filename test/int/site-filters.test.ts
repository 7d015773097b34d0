/**
 * The public site's category filters, for every category in the config: each filter
 * offered is one a visitor may read and query (an anonymous Local API read with each of
 * its options answers, as the category page asks it), and no field of the workflow, the
 * publish gate or any field-level read rule is offered. The staff fields that used to be
 * offered are queried too, to show what a visitor choosing them got (a refused query:
 * the page answered 500).
 */
import type { FlattenedField } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FIELD } from '@prongsai/workflow/utilities'
import { isShownField } from '../../src/app/(site)/_components/FieldsView'
import { filterFields, siteCollections } from '../../src/site/collections'
import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
const ANONYMOUS = { overrideAccess: false, user: null, draft: false } as const

beforeAll(async () => {
  t = await bootPayload()
})

afterAll(async () => {
  await t?.cleanup()
})

const optionValues = (field: FlattenedField & { type: 'select' }) =>
  (field.options as ({ value: string } | string)[]).map((o) => (typeof o === 'string' ? o : o.value))

describe('public filters of every site category', () => {
  it('every category page offers only filters a visitor may query, none of them a staff field', async () => {
    const categories = siteCollections(t.payload)
    expect(categories.length).toBeGreaterThan(10)
    let offered = 0
    for (const category of categories) {
      for (const field of filterFields(category)) {
        offered++
        const where = `${category.slug}.${field.name}`
        expect(Object.values(FIELD), where).not.toContain(field.name)
        expect(field.access?.read, `${where} has a read rule`).toBeUndefined()
        for (const value of optionValues(field)) {
          await expect(
            t.payload.find({
              collection: category.slug as never,
              where: { [field.name]: { equals: value } },
              limit: 1,
              depth: 0,
              ...ANONYMOUS,
            }),
            `${where}=${value}`,
          ).resolves.toBeTruthy()
        }
      }
    }
    // Kinds, types and subjects are still offered.
    expect(offered).toBeGreaterThan(5)
  })

  it("the workflow's step cannot be queried by a visitor: why offering it answered 500", async () => {
    const category = siteCollections(t.payload).find((c) =>
      c.config.flattenedFields.some((f) => f.name === FIELD.state),
    )!
    expect(category).toBeDefined()
    await expect(
      t.payload.find({
        collection: category.slug as never,
        where: { [FIELD.state]: { equals: 'published' } },
        ...ANONYMOUS,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('public document page of every site category', () => {
  it('shows none of the publish gate’s or Payload’s bookkeeping: each such field says so itself', () => {
    const categories = siteCollections(t.payload)
    for (const category of categories) {
      const shown = category.config.fields.filter(isShownField).map((f) => ('name' in f ? f.name : f.type))
      for (const name of ['readiness', 'completeness', 'publishChecklist', '_status'])
        expect(shown, `${category.slug} shows ${name}`).not.toContain(name)
    }
    // The gate's stored verdict is present, and hidden by its own flag, not by its name.
    const reports = categories.find((c) => c.slug === 'reports')!
    const readiness = reports.config.fields.find((f) => 'name' in f && f.name === 'readiness')
    expect((readiness as { custom?: unknown }).custom).toEqual({ site: { hidden: true } })
  })
})
