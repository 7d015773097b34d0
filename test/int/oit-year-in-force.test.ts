/**
 * The year we are in (issue 18.8), through the endpoints and the dashboard panel, with the
 * plugin's clock set to 7 December of the fiscal year after the newest year file (with
 * ita-2569.json the newest: 7 December 2026 = 7 ธ.ค. 2569, fiscal year 2570): that year has no
 * framework, so the newest stands in as a provisional guide, said so in words; what is
 * published today counts toward it; due dates in the past read as overdue.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { StatusSummary } from '@prongsai/oit/rsc'
import type { ItemStatus, YearStatus, OitCustomConfig } from '@prongsai/oit/types'
import { parseFrameworks } from '@prongsai/oit/utilities'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { frameworkSources } from '../helpers/frameworks'
import { bootPayload, type TestPayload } from '../helpers/payload'

// The door also carries the admin views, whose Payload UI imports CSS that Node cannot load;
// the dashboard panel tested here uses neither.
vi.mock('@payloadcms/ui', () => ({}))
vi.mock('@payloadcms/next/templates', () => ({}))
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient
const FRAMEWORKS = parseFrameworks(frameworkSources())
/** The newest year with a file (the guide), and the fiscal year after it, which has none. */
const GUIDE = FRAMEWORKS.reduce((a, b) => (b.year > a.year ? b : a))
const NEXT = GUIDE.year + 1
/** The Christian-era year in which fiscal year NEXT begins (October to December). */
const CE = NEXT - 544
const TODAY = new Date(`${CE}-12-07T05:00:00Z`)
const TODAY_DAY = `${CE}-12-07`
/** The guide's monthly item (the procurement summaries, สขร.1). */
const MONTHLY = GUIDE.items.find((i) => i.window === 'monthly-first-half-current-fy')!.code
const GUIDE_LABEL = `ITA ${GUIDE.year}${GUIDE.provisional ? ' (ชั่วคราว)' : ''}`
const NOTE = `ยังไม่มีเกณฑ์ ITA ${NEXT} — ใช้เกณฑ์ ${GUIDE_LABEL} เป็นแนวทางชั่วคราว`
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

describe(`FY ${NEXT}, before any ITA ${NEXT} framework`, () => {
  let summaryId: number

  it(`a สขร.1 of October ${NEXT - 1} is published today`, async () => {
    const res = await rest.post('/procurement-monthly-summaries', {
      title: `สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม ${NEXT - 1} (สขร.1)`,
      month: `${CE}-10-01T00:00:00.000+07:00`,
      fiscalYear: NEXT,
      declaredNone: { isNone: true, explanation: `เดือนตุลาคม ${NEXT - 1} ไม่มีการจัดซื้อจัดจ้าง` },
      _status: 'published',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    summaryId = res.body.doc.id
  })

  it(`GET /api/oit/${NEXT}/status: the year in force, guided by the newest year and saying so; today\'s document counts`, async () => {
    const res = await rest.get(`/oit/${NEXT}/status`)
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    const status = res.body as YearStatus
    expect(status).toMatchObject({ year: NEXT, provisional: true, guideFrom: GUIDE.year })
    expect(status.note?.th).toBe(NOTE)
    expect(status.generatedAt).toBe(TODAY.toISOString())
    const monthly = item(status, MONTHLY)
    expect(monthly.documents.map((d) => d.id)).toContain(summaryId)
    // October is covered; November has ended without one: overdue, on its last day.
    expect(monthly.nextDue).toMatchObject({ date: `${CE}-11-30`, overdue: true })
    expect(monthly.reasons.map((r) => r.message.th).join('\n')).toContain(`พฤศจิกายน ${NEXT - 1}`)
    expect(monthly.reasons.map((r) => r.message.th).join('\n')).not.toContain(`ตุลาคม ${NEXT - 1}`)
  })

  it('the document counts toward nothing else: not the guide\'s own year', async () => {
    const res = await rest.get(`/oit/${GUIDE.year}/status`)
    expect(res.status).toBe(200)
    expect(item(res.body, MONTHLY).documents.map((d) => d.id)).not.toContain(summaryId)
  })

  it('every due date already past reads as overdue, in every year', async () => {
    for (const year of [...FRAMEWORKS.map((f) => f.year), NEXT]) {
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
    const res = await rest.get(`/oit/${NEXT}/export?format=json`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ year: NEXT, provisional: true })
  })

  it('a year that is neither framed nor in force stays unknown (404)', async () => {
    expect((await rest.get(`/oit/${NEXT + 1}/status`)).status).toBe(404)
    expect((await rest.get('/oit/2567/status')).status).toBe(404)
  })

  it(`the dashboard panel shows ITA ${NEXT} with the plain note, and links to it`, async () => {
    const user = (await t.payload.find({ collection: 'users', where: { email: { equals: DEFAULT_ADMIN.email } } }))
      .docs[0]!
    const html = renderToStaticMarkup(
      (await StatusSummary({
        payload: t.payload,
        user: { ...user, collection: 'users' } as never,
        i18n: { language: 'th', t: (key: string) => key },
      }))!,
    )
    expect(html).toMatch(new RegExp(`<h2[^>]*>ITA ${NEXT} \\(plugin-oit:provisional\\)`))
    expect(html).toContain(NOTE)
    expect(html).toContain(`oit-status?year=${NEXT}`)
    expect(html).not.toContain(`ITA ${GUIDE.year} (plugin-oit:provisional)`)
  })
})
