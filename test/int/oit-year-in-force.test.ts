/**
 * The year we are in (issue 18.8), through the endpoints and the dashboard panel, with the
 * plugin's clock set to 7 December 2026 (7 ธ.ค. 2569, fiscal year 2570): ITA 2570 has no
 * framework, so ITA 2569 stands in as a provisional guide, said so in words; what is
 * published today counts toward it; due dates in the past read as overdue.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { StatusSummary } from '@prongsai/oit/rsc'
import type { ItemStatus, YearStatus, OitCustomConfig } from '@prongsai/oit/types'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { bootPayload, type TestPayload } from '../helpers/payload'

// The door also carries the admin views, whose Payload UI imports CSS that Node cannot load;
// the dashboard panel tested here uses neither.
vi.mock('@payloadcms/ui', () => ({}))
vi.mock('@payloadcms/next/templates', () => ({}))
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient
const TODAY = new Date('2026-12-07T05:00:00Z')
const TODAY_DAY = '2026-12-07'
const item = (status: YearStatus, code: string) => status.items.find((i) => i.code === code) as ItemStatus

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  ;(t.payload.config.custom.oit as OitCustomConfig).now = () => TODAY
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
})

afterAll(async () => {
  await t?.cleanup()
})

describe('FY 2570, before any ITA 2570 framework', () => {
  let summaryId: number

  it('a สขร.1 of October 2569 is published today', async () => {
    const res = await rest.post('/procurement-monthly-summaries', {
      title: 'สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2569 (สขร.1)',
      month: '2026-10-01T00:00:00.000+07:00',
      fiscalYear: 2570,
      declaredNone: { isNone: true, explanation: 'เดือนตุลาคม 2569 ไม่มีการจัดซื้อจัดจ้าง' },
      _status: 'published',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    summaryId = res.body.doc.id
  })

  it('GET /api/oit/2570/status: the year in force, guided by ITA 2569 and saying so; today\'s document counts', async () => {
    const res = await rest.get('/oit/2570/status')
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    const status = res.body as YearStatus
    expect(status).toMatchObject({ year: 2570, provisional: true, guideFrom: 2569 })
    expect(status.note?.th).toBe('ยังไม่มีเกณฑ์ ITA 2570 — ใช้เกณฑ์ ITA 2569 (ชั่วคราว) เป็นแนวทางชั่วคราว')
    expect(status.generatedAt).toBe(TODAY.toISOString())
    const o11 = item(status, 'O11')
    expect(o11.documents.map((d) => d.id)).toContain(summaryId)
    // October is covered; November has ended without one: overdue, on its last day.
    expect(o11.nextDue).toMatchObject({ date: '2026-11-30', overdue: true })
    expect(o11.reasons.map((r) => r.message.th).join('\n')).toContain('พฤศจิกายน 2569')
    expect(o11.reasons.map((r) => r.message.th).join('\n')).not.toContain('ตุลาคม 2569')
  })

  it('the document counts toward nothing else: not ITA 2569 (FY 2569)', async () => {
    const res = await rest.get('/oit/2569/status')
    expect(res.status).toBe(200)
    expect(item(res.body, 'O11').documents.map((d) => d.id)).not.toContain(summaryId)
  })

  it('every due date already past reads as overdue, in every year', async () => {
    for (const year of [2566, 2569, 2570]) {
      const status = (await rest.get(`/oit/${year}/status`)).body as YearStatus
      for (const i of status.items) {
        if (!i.nextDue) continue
        expect(i.nextDue.overdue, `${year} ${i.code} ${i.nextDue.date}`).toBe(i.nextDue.date < TODAY_DAY)
      }
      // Each year has a monthly item whose first uncovered month has passed.
      expect(status.items.some((i) => i.nextDue?.overdue), `${year}`).toBe(true)
    }
  })

  it('the ITAS export of the year in force is provisional too', async () => {
    const res = await rest.get('/oit/2570/export?format=json')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ year: 2570, provisional: true })
  })

  it('a year that is neither framed nor in force stays unknown (404)', async () => {
    expect((await rest.get('/oit/2571/status')).status).toBe(404)
    expect((await rest.get('/oit/2567/status')).status).toBe(404)
  })

  it('the dashboard panel shows ITA 2570 with the plain note, and links to it', async () => {
    const user = (await t.payload.find({ collection: 'users', where: { email: { equals: DEFAULT_ADMIN.email } } }))
      .docs[0]!
    const html = renderToStaticMarkup(
      (await StatusSummary({
        payload: t.payload,
        user: { ...user, collection: 'users' } as never,
        i18n: { language: 'th', t: (key: string) => key },
      }))!,
    )
    expect(html).toMatch(/<h2[^>]*>ITA 2570 \(oit:provisional\)/)
    expect(html).toContain('ยังไม่มีเกณฑ์ ITA 2570 — ใช้เกณฑ์ ITA 2569 (ชั่วคราว) เป็นแนวทางชั่วคราว')
    expect(html).toContain('oit-status?year=2570')
    expect(html).not.toContain('ITA 2569 (oit:provisional)')
  })
})
