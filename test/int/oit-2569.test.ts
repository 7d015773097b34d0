/**
 * ITA 2569 (provisional) on the demo อบจ.: the year loads beside 2566, the status engine
 * computes it like any year, and wherever a person or the ITAS sheet meets it, it says
 * "ชั่วคราว / provisional". Its new kinds of data (ITA results put to use, risk reports by
 * area, e-service statistics, the gift rules) are filled by the demo and serve their items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ItemStatus, YearStatus } from '@prongsai/oit/types'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient
let status: YearStatus
const item = (code: string) => status.items.find((i) => i.code === code) as ItemStatus

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  const res = await rest.get('/oit/2569/status')
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  status = res.body
})

afterAll(async () => {
  await t?.cleanup()
})

describe('ITA 2569 (provisional)', () => {
  it('is listed beside 2566, flagged provisional, with 26 items O1–O26', async () => {
    const res = await rest.get('/oit/frameworks', { token: null })
    expect(
      res.body.docs.map((d: { year: number; provisional: boolean; itemCount: number }) => [
        d.year,
        d.provisional,
        d.itemCount,
      ]),
    ).toEqual([
      [2569, true, 26],
      [2566, false, 43],
    ])
    const framework = (await rest.get('/oit/frameworks/2569', { token: null })).body
    expect(framework.items.map((i: { code: string }) => i.code)).toEqual(
      Array.from({ length: 26 }, (_, i) => `O${i + 1}`),
    )
    // Every item says where it comes from; every component how sure it is.
    for (const i of framework.items) {
      expect(i.source, i.code).toBeTruthy()
      for (const c of i.components)
        expect(['secondary', 'analogue', 'paraphrase', 'inferred'], `${i.code}.${c.key}`).toContain(c.certainty)
    }
  })

  it('has its status computed for the demo organisation like any year', () => {
    expect(status.year).toBe(2569)
    expect(status.provisional).toBe(true)
    expect(status.items).toHaveLength(26)
    expect(Object.values(status.counts).reduce((a, b) => a + b, 0)).toBe(26)
    // Kept up to date, so 2566's documents already serve 2569.
    expect(item('O1').status).toBe('complete')
    expect(item('O3').status).toBe('complete')
    // The new kinds, filled by the demo: ITA 2568 results put to use (FY 2569), the risk
    // report by area (FY 2568), e-service usage statistics.
    for (const code of ['O25', 'O22', 'O10']) {
      expect(item(code).status, `${code} ${JSON.stringify(item(code).reasons)}`).toBe('complete')
    }
    // The demo's news and No Gift declaration are of FY 2566: not the year ITA 2569 looks at.
    for (const code of ['O4', 'O20']) {
      expect(item(code).status).toBe('stale')
      expect(item(code).reasons.map((r) => r.code)).toContain('out-of-window')
    }
  })

  it('warns at save but counts a missing component in the status: saving is allowed, preparing is not done', async () => {
    const found = await rest.get('/reports?where[kind][equals]=ita-development&depth=0&limit=1')
    const report = found.body.docs[0]
    const saved = await rest.patch(`/reports/${report.id}`, {
      itaDevelopment: { ...report.itaDevelopment, actions: [] },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.doc._status).toBe('published')
    const after = (await rest.get('/oit/2569/status')).body as YearStatus
    const o25 = after.items.find((i) => i.code === 'O25')!
    expect(o25.status).toBe('incomplete')
    expect(o25.reasons.map((r) => r.component)).toContain('O25.actions')
    // Put back for the tests after this one.
    expect((await rest.patch(`/reports/${report.id}`, { itaDevelopment: report.itaDevelopment })).status).toBe(200)
  })

  it('refuses bad values in the new fields with a Thai/English error and leaves the document as it was', async () => {
    const found = await rest.get('/reports?where[kind][equals]=ita-development&depth=0&limit=1')
    const before = found.body.docs[0]
    const bad = await rest.patch(`/reports/${before.id}`, {
      itaDevelopment: { ...before.itaDevelopment, score: 150, assessedYear: 2025 },
    })
    expect(bad.status).toBe(400)
    const messages = JSON.stringify(bad.body.errors)
    expect(messages).toMatch(/[ก-๙]/)
    expect(messages).toMatch(/[A-Za-z]/)
    const after = await t.payload.findByID({ collection: 'reports', id: before.id, depth: 0, overrideAccess: true })
    expect(after.itaDevelopment).toEqual(before.itaDevelopment)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('says provisional in the ITAS sheet, without touching what is copied into ITAS', async () => {
    const json = await rest.get('/oit/2569/export?format=json')
    expect(json.body.provisional).toBe(true)
    const o1 = json.body.rows.find((r: { code: string }) => r.code === 'O1')
    expect(o1.status).toBe('ครบถ้วน (ชั่วคราว)')
    expect(o1.answer).toBe('มี')
    expect(o1.explanation).not.toContain('ชั่วคราว')

    const csv = await rest.get('/oit/2569/export?format=csv')
    expect(csv.headers.get('content-disposition')).toContain('ita-2569-oit-provisional.csv')
    expect(String(csv.body)).toContain('(ชั่วคราว)')
    // 2566 is firm: no marker.
    const firm = await rest.get('/oit/2566/export?format=json')
    expect(firm.body.provisional).toBe(false)
    expect(firm.body.rows.some((r: { status: string }) => r.status.includes('ชั่วคราว'))).toBe(false)
  })

  it('shows in the admin: each category names its 2569 items as provisional', () => {
    const reports = t.payload.config.collections.find((c) => c.slug === 'reports')!
    expect(JSON.stringify(reports.admin.description)).toMatch(/ITA 2569 \(ชั่วคราว\) O7, O12, O14, O22, O24, O25, O26/)
  })
})
