/**
 * The framework endpoints are a public contract: unauthenticated, read-only, with
 * these paths and keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient

beforeAll(async () => {
  t = await bootPayload()
  rest = new RestClient(t.config)
})

afterAll(async () => {
  await t?.cleanup()
})

describe('GET /api/oit/frameworks', () => {
  it('lists the ITA years with title and item count, to anonymous visitors', async () => {
    const res = await rest.get('/oit/frameworks', { token: null })
    expect(res.status).toBe(200)
    const ita2566 = res.body.docs.find((d: { year: number }) => d.year === 2566)
    expect(ita2566).toMatchObject({ year: 2566, itemCount: 43, title: { th: expect.stringContaining('2566') } })
    const years = res.body.docs.map((d: { year: number }) => d.year)
    expect(years).toEqual([...years].sort((a: number, b: number) => b - a))
  })
})

describe('GET /api/oit/frameworks/:year', () => {
  it('gives every item with its category, filter, components and field paths', async () => {
    const res = await rest.get('/oit/frameworks/2566', { token: null })
    expect(res.status).toBe(200)
    expect(res.body.items).toHaveLength(43)
    const o2 = res.body.items.find((i: { code: string }) => i.code === 'o2')
    expect(o2).toMatchObject({
      code: 'o2',
      title: { th: expect.any(String), en: expect.any(String) },
      indicator: '9.1',
      collection: 'executives',
      filter: {},
      category: { collection: 'executives', label: { th: 'ผู้บริหาร', en: 'Executives' } },
      window: 'current',
      minimum: expect.any(Number),
      division: expect.any(String),
    })
    const photo = o2.components.find((c: { key: string }) => c.key === 'photo')
    expect(photo).toMatchObject({ id: 'o2.photo', level: 'required', fieldPaths: ['photo'] })

    const o21 = res.body.items.find((i: { code: string }) => i.code === 'o21')
    expect(o21).toMatchObject({
      collection: 'procurement-monthly-summaries',
      window: 'monthly-first-half-current-fy',
      declaredNone: { path: 'declaredNone' },
    })
    const o22 = res.body.items.find((i: { code: string }) => i.code === 'o22')
    expect(o22).toMatchObject({ collection: 'reports', filter: { kind: 'annual', subject: 'procurement' }, window: 'previous-fy' })
  })

  it('answers 404 for an unknown year and 400 for a malformed one, in Thai and English', async () => {
    const missing = await rest.get('/oit/frameworks/2599', { token: null })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/ไม่มีกรอบการประเมินปี 2599 .* \/ No framework for 2599/)
    const malformed = await rest.get('/oit/frameworks/latest', { token: null })
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toMatch(/Invalid year/)
  })

  it('is read-only', async () => {
    const res = await rest.post('/oit/frameworks/2566', { year: 2599 }, { token: null })
    expect(res.status).toBe(404)
  })
})
