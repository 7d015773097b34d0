/**
 * GET /api/oit/frameworks/compare on the demo อบจ.: who may ask, how a wrong question is
 * answered (400, 404, both languages), and the answer itself: the changes between ITA
 * 2566 and 2569 and, for each 2569 item, what the organisation has and must prepare,
 * naming to an editor only the drafts they may read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FrameworkComparison, OrganisationPreparation, OitCustomConfig } from '@prongsai/oit/types'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

type Answer = FrameworkComparison & { organisation: OrganisationPreparation }

let t: TestPayload
let rest: RestClient
let answer: Answer
const DRAFT_TITLE = 'ร่าง รายงานผลการพัฒนาตามผล ITA ของกองคลัง (ทดสอบ)'

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  // The item new in 2569 for the ITA results (reports of kind ita-development) is left with
  // drafts only: the demo's report taken back to draft, and a draft of another division
  // than the editor's below.
  const published = await rest.get('/reports?where[kind][equals]=ita-development&limit=100&depth=0')
  for (const { id } of published.body.docs as { id: number }[]) {
    expect((await rest.patch(`/reports/${id}`, { _status: 'draft' })).status).toBe(200)
  }
  const { docs } = await t.payload.find({ collection: 'divisions', where: { code: { equals: 'finance' } }, depth: 0 })
  const draft = await rest.post('/reports?draft=true&depth=0', {
    title: DRAFT_TITLE,
    kind: 'ita-development',
    fiscalYear: 2569,
    division: docs[0]!.id,
    _status: 'draft',
  })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const res = await rest.get('/oit/frameworks/compare?from=2566&to=2569')
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  answer = res.body
})

afterAll(async () => {
  await t?.cleanup()
})

const message = (body: { errors: { message: string }[] }) => body.errors[0]!.message

describe('who may ask, and a wrong question', () => {
  it('is for signed-in staff only', async () => {
    const res = await rest.get('/oit/frameworks/compare?from=2566&to=2569', { token: null })
    expect(res.status).toBe(401)
  })

  it.each([
    ['no years', ''],
    ['one year', '?from=2566'],
    ['a malformed year', '?from=abc&to=2569'],
    ['the same year twice', '?from=2566&to=2566'],
  ])('%s is a 400, in Thai and English', async (_case, query) => {
    const res = await rest.get(`/oit/frameworks/compare${query}`)
    expect(res.status).toBe(400)
    expect(message(res.body)).toMatch(/[ก-๙].* \/ [A-Za-z]/)
  })

  it('an unknown year is a 404 that lists the known ones', async () => {
    const res = await rest.get('/oit/frameworks/compare?from=2555&to=2569')
    expect(res.status).toBe(404)
    expect(message(res.body)).toContain('2555')
    expect(message(res.body)).toMatch(/2566.*2566/) // in both languages
    expect(message(res.body)).toContain('2569')
  })

  it('does not take `compare` for a year of /frameworks/:year', async () => {
    expect((await rest.get('/oit/frameworks/2566', { token: null })).status).toBe(200)
    expect((await rest.get('/oit/frameworks/compare', { token: null })).status).toBe(401)
  })
})

describe('2566 → 2569', () => {
  const frameworks = () => (t.payload.config.custom.oit as OitCustomConfig).frameworks
  const year = (y: number) => frameworks().find((f) => f.year === y)!

  it('names both years, 2569 as provisional', () => {
    expect(answer.from).toEqual({ year: 2566, title: year(2566).title, provisional: false })
    expect(answer.to).toMatchObject({ year: 2569, provisional: true })
  })

  it('maps every item of both years, each once, by category', () => {
    const seen = (side: 'from' | 'to') => answer.categories.flatMap((c) => c[side].map((i) => i.code)).sort()
    expect(seen('from')).toEqual(
      year(2566)
        .items.map((i) => i.code)
        .sort(),
    )
    expect(seen('to')).toEqual(
      year(2569)
        .items.map((i) => i.code)
        .sort(),
    )
    expect(answer.summary.items).toEqual({ from: year(2566).items.length, to: year(2569).items.length })
    // 2566's 37 categories and 2569's two new report kinds: most carry over one to one, the
    // organisation profile's seven items regroup into three, and 15 kinds 2569 does not ask for.
    expect(answer.summary.relations).toMatchObject({ same: 21, regrouped: 1, added: 2, removed: 15 })
    expect(answer.categories.find((c) => c.category.key === 'ita-development-report')).toMatchObject({
      relation: 'added',
      category: { label: { th: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร' } },
      to: [{ code: 'O25' }],
    })
    const o43 = answer.categories.find((c) => c.category.key === 'integrity-progress-report')!
    expect(o43.changes?.window).toMatchObject({ from: [{ key: 'current-fy' }], to: [{ key: 'previous-fy' }] })
    // The executives are one item in either year.
    const executives = answer.categories.find((c) => c.category.collection === 'executives')!
    expect(executives.relation).toBe('same')
    expect(executives.changes).not.toBeNull()
  })

  it('says, for each 2569 item, what serves it and what is still to prepare', () => {
    const { organisation } = answer
    expect(organisation.year).toBe(2569)
    expect(organisation.items.map((i) => i.code)).toEqual(year(2569).items.map((i) => i.code))
    expect(organisation.total).toBe(organisation.items.length)
    expect(organisation.ready).toBe(organisation.items.filter((i) => i.ready).length)
    for (const item of organisation.items) {
      expect(item.ready).toBe(item.status === 'complete' || item.status === 'declared-none')
      if (!item.ready) expect(item.toPrepare.length, item.code).toBeGreaterThan(0)
      for (const reason of item.toPrepare) {
        expect(reason.message.th).toMatch(/[ก-๙]/)
        expect(reason.message.en).toMatch(/[A-Za-z]/)
      }
      for (const doc of item.documents) expect(doc.adminUrl).toMatch(/^\/admin\/collections\/[a-z-]+\/\d+$/)
    }
    // The demo organisation already has documents that serve some 2569 items.
    expect(organisation.items.some((i) => i.documents.length > 0)).toBe(true)
  })

  it('names the draft to whoever may read it, and only to them', async () => {
    const results = answer.organisation.items.find((i) => i.toPrepare.some((r) => r.document?.title === DRAFT_TITLE))!
    expect(results.status).toBe('incomplete')
    expect(results.relation).toBe('added')
    expect(results.toPrepare.map((r) => r.code)).toContain('drafts-only')
    const created = await t.payload.find({ collection: 'divisions', where: { code: { equals: 'personnel' } } })
    await t.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: 'hr-compare@example.go.th',
        password: 'Personnel-k7!2569x',
        roles: ['editor'],
        divisions: [created.docs[0]!.id],
      } as never,
    })
    const editor = new RestClient(t.config)
    await editor.login('hr-compare@example.go.th', 'Personnel-k7!2569x')
    const res = await editor.get('/oit/frameworks/compare?from=2566&to=2569')
    expect(res.status).toBe(200)
    const text = JSON.stringify(res.body.organisation)
    expect(text).not.toContain(DRAFT_TITLE)
    expect(text).toContain('มีฉบับร่างที่ท่านไม่มีสิทธิ์เปิด')
  })

  it('compares either way round', async () => {
    const res = await rest.get('/oit/frameworks/compare?from=2569&to=2566')
    expect(res.status).toBe(200)
    expect(res.body.summary.relations.added).toBe(answer.summary.relations.removed)
    expect(res.body.organisation.year).toBe(2566)
  })
})
