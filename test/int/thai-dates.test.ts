/**
 * Issue 18.5: a date sent the way Thai offices type it is stored as that day, or refused
 * with a 400 on that field: never another date. Every date field of every collection
 * (read from the config), through a REST save of an existing document.
 */
import type { Field, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { bangkokDay } from '@prongsai/shared/thai-calendar'
import { appCollections, isSystemManaged, sampleBody, topLevelDataFields } from '../helpers/config-walk'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient
let collections: SanitizedCollectionConfig[]

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  collections = await appCollections(t.payload)
})

afterAll(async () => {
  await t?.cleanup()
})

type DateField = Extract<Field, { type: 'date' }>
const appearance = (field: DateField) => field.admin?.date?.pickerAppearance ?? 'default'

/** Text sent → the Bangkok day stored, or null: a 400 on that field. */
const DAY_CASES: [string, null | string][] = [
  ['18/12/2569', '2026-12-18'],
  ['18 ธันวาคม 2569', '2026-12-18'],
  ['18 ธ.ค. 69', '2026-12-18'],
  ['๑๘/๑๒/๒๕๖๙', '2026-12-18'],
  ['18-12-2026', '2026-12-18'],
  ['1/2/2569', '2026-02-01'],
  ['12/2569', null],
  ['ธันวาคม 69', null],
  ['31/02/2569', null],
  ['18 ธันวา 2569', null],
]
const MONTH_CASES: [string, null | string][] = [
  ['ธันวาคม 69', '2026-12-01'],
  ['12/2569', '2026-12-01'],
  ['ธ.ค. 2569', '2026-12-01'],
  ['18 ธันวาคม 2569', '2026-12-01'],
  ['๑๒/๒๕๖๙', '2026-12-01'],
  ['ธันวาคม 6', null],
  ['13/2569', null],
]

describe('dates typed the Thai way, through REST', () => {
  it('every date field stores the day meant, or answers 400 on that field', async () => {
    const problems: string[] = []
    let tried = 0
    for (const collection of collections) {
      const dates = topLevelDataFields(collection.fields).filter(
        (f): f is DateField =>
          f.type === 'date' &&
          // Payload's own: trash (deletedAt) and login state (hidden on auth collections).
          f.name !== 'deletedAt' &&
          !f.admin?.hidden &&
          !('hidden' in f && f.hidden) &&
          !isSystemManaged(f) &&
          !f.admin?.readOnly &&
          !('virtual' in f && f.virtual),
      )
      if (dates.length === 0) continue
      const { source } = await sampleBody(t.payload, collection, 'thai-dates')
      const drafts = Boolean(collection.versions?.drafts)
      // As the system sees it, the newest version (a draft included), trash too.
      const read = async () =>
        (
          await t.payload.find({
            collection: collection.slug as never,
            where: { id: { equals: source.id } },
            depth: 0,
            draft: drafts,
            trash: true,
            overrideAccess: true,
          })
        ).docs[0] as Record<string, unknown>
      // Fields of one appearance get the same text together: a start and its end stay in order.
      for (const appear of ['default', 'dayOnly', 'monthOnly']) {
        const fields = dates.filter((f) => appearance(f) === appear)
        if (fields.length === 0) continue
        for (const [text, expected] of appear === 'monthOnly' ? MONTH_CASES : DAY_CASES) {
          tried += fields.length
          const label = `${collection.slug}.${fields.map((f) => f.name).join('+')} = "${text}"`
          const before = await read()
          const res = await rest.request('PATCH', `/${collection.slug}/${source.id}${drafts ? '?draft=true' : ''}`, {
            body: Object.fromEntries(fields.map((f) => [f.name, text])),
          })
          const after = await read()
          for (const field of fields) {
            const [was, now] = [before?.[field.name], after?.[field.name]]
            if (expected === null) {
              const paths = (res.body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)
              if (res.status !== 400) problems.push(`${label}: ${res.status}, expected 400`)
              else if (!paths.includes(field.name)) problems.push(`${label}: 400 on ${paths.join(', ')}, not ${field.name}`)
              if (now !== was) problems.push(`${label}: refused but ${field.name} changed ${String(was)} → ${String(now)}`)
            } else if (res.status !== 200) {
              problems.push(`${label}: ${res.status} ${JSON.stringify(res.body?.errors ?? res.body).slice(0, 300)}`)
            } else if (typeof now !== 'string' || bangkokDay(now) !== expected) {
              problems.push(`${label}: ${field.name} stored ${String(now)}, expected ${expected}`)
            }
          }
        }
      }
    }
    console.log(`thai-dates: ${tried} typed dates tried`)
    expect(tried).toBeGreaterThan(20)
    expect(problems).toEqual([])
  })
})

describe('the fiscal year follows the month (issue 18.6)', () => {
  const slug = 'procurement-monthly-summaries'
  it('a สขร.1 for ธันวาคม 2569 is filed in FY 2570, even when 2569 is sent; a fiscal year sent alone is corrected', async () => {
    const created = await rest.request('POST', `/${slug}?draft=true`, {
      body: { title: 'สขร.1 ธันวาคม 2569', month: 'ธันวาคม 2569', fiscalYear: 2569 },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const stored = async () =>
      (await t.payload.findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: true })) as unknown as Record<
        string,
        unknown
      >
    expect((await stored()).fiscalYear).toBe(2570)
    expect(bangkokDay((await stored()).month as string)).toBe('2026-12-01')
    const patched = await rest.request('PATCH', `/${slug}/${id}?draft=true`, { body: { fiscalYear: 2569 } })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    expect((await stored()).fiscalYear).toBe(2570)
    // The month moves to September 2570: FY 2570 still; October 2570: FY 2571.
    await rest.request('PATCH', `/${slug}/${id}?draft=true`, { body: { month: 'ต.ค. 70' } })
    expect((await stored()).fiscalYear).toBe(2571)
  })
})
