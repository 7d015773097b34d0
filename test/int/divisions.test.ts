/**
 * Each document's responsible division: taken from its item (the framework's default, or
 * the division the admin reassigned the item to), kept within an editor's own divisions,
 * and shown by the status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { OitCustomConfig } from '@prongsai/oit/types'
import { computeYearStatus } from '@prongsai/oit/utilities'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { copyOfPublished } from '../helpers/documents'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient
let law: Record<string, unknown>
const ids: Record<string, number> = {}

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  const { docs } = await t.payload.find({ collection: 'divisions', limit: 100, depth: 0 })
  for (const d of docs) ids[d.code] = d.id as number
  law = await copyOfPublished(t.payload, 'laws', 'ฉบับทดสอบส่วนราชการ')
  delete law.division
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

const divisionOf = (doc: { division?: unknown }) =>
  typeof doc.division === 'object' ? (doc.division as { id: number }).id : doc.division

describe('responsible division', () => {
  it('a new document without one takes its item’s default division (ITA 2566 o6: กองยุทธศาสตร์ฯ)', async () => {
    const res = await rest.post('/laws?draft=true&depth=0', { ...law, _status: 'draft' })
    expect(res.status).toBe(201)
    expect(divisionOf(res.body.doc)).toBe(ids.strategy)
  })

  it('after the admin reassigns the item to กองคลัง, new documents go to กองคลัง, and the status says so', async () => {
    const res = await rest.patch(`/divisions/${ids.finance}`, { oitItems: ['2566_o6'] })
    expect(res.status).toBe(200)
    const created = await rest.post('/laws?draft=true&depth=0', { ...law, title: 'อีกฉบับ', _status: 'draft' })
    expect(divisionOf(created.body.doc)).toBe(ids.finance)

    const oit = t.payload.config.custom.oit as OitCustomConfig
    const framework = oit.frameworks.find((f) => f.year === 2566)!
    const status = await computeYearStatus({
      payload: t.payload,
      framework,
      frameworks: oit.frameworks,
      siteUrl: oit.siteUrl ?? '',
    })
    expect(status.items.find((i) => i.code === 'o6')!.division.code).toBe('finance')
    const finance = await computeYearStatus({
      payload: t.payload,
      framework,
      frameworks: oit.frameworks,
      siteUrl: oit.siteUrl ?? '',
      division: 'finance',
    })
    expect(finance.items.map((i) => i.code)).toContain('o6')
    // An explicit division is kept.
    const explicit = await rest.post('/laws?draft=true&depth=0', {
      ...law,
      title: 'ระบุเอง',
      division: ids.personnel,
      _status: 'draft',
    })
    expect(divisionOf(explicit.body.doc)).toBe(ids.personnel)
    await rest.patch(`/divisions/${ids.finance}`, { oitItems: [] })
  })

  it('a document read with its division names it, without the items reassigned to it (read on its own, they are there)', async () => {
    expect((await rest.patch(`/divisions/${ids.finance}`, { oitItems: ['2566_o6'] })).status).toBe(200)
    try {
      const created = await rest.post('/laws?draft=true&depth=0', {
        ...law,
        title: 'พร้อมส่วนราชการ',
        division: ids.finance,
        _status: 'draft',
      })
      expect(created.status).toBe(201)
      const read = await rest.get(`/laws/${created.body.doc.id}?draft=true&depth=1`)
      expect(read.body.division).toMatchObject({ id: ids.finance, code: 'finance', nameTh: expect.any(String) })
      expect(read.body.division).not.toHaveProperty('oitItems')
      expect((await rest.get(`/divisions/${ids.finance}`)).body.oitItems).toEqual(['2566_o6'])
    } finally {
      await rest.patch(`/divisions/${ids.finance}`, { oitItems: [] })
    }
  })

  it('an editor outside the item’s division keeps what they make in their own division', async () => {
    await t.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: 'hr@example.go.th',
        password: 'Personnel-k7!2566x',
        roles: ['editor'],
        divisions: [ids.personnel],
      },
    })
    const editor = new RestClient(t.config)
    await editor.login('hr@example.go.th', 'Personnel-k7!2566x')
    const res = await editor.post('/laws?draft=true&depth=0', { ...law, title: 'ของกองการเจ้าหน้าที่', _status: 'draft' })
    expect(res.status).toBe(201)
    expect(divisionOf(res.body.doc)).toBe(ids.personnel)
    // and cannot give it away
    const moved = await editor.patch(`/laws/${res.body.doc.id}?draft=true`, { division: ids.finance })
    expect(moved.status).toBe(403)
  })

  it('only administrators reassign items', async () => {
    const editor = new RestClient(t.config)
    await editor.login('hr@example.go.th', 'Personnel-k7!2566x')
    const res = await editor.patch(`/divisions/${ids.personnel}`, { oitItems: ['2566_o6'] })
    expect(res.status).toBe(403)
  })

  it('the status names to an editor only the drafts they may read', async () => {
    const publisher = new RestClient(t.config)
    await publisher.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    const all = (await publisher.get('/oit/2566/status')).body as {
      items: { reasons: { document?: { status: string; collection: string; id: number; title: string } }[] }[]
    }
    const drafts = all.items.flatMap((i) =>
      i.reasons.flatMap((r) => (r.document?.status === 'draft' ? [r.document] : [])),
    )
    const others: string[] = []
    for (const d of drafts) {
      const doc = await t.payload.findByID({ collection: d.collection as never, id: d.id, draft: true, depth: 0 })
      const division = (doc as { division?: number | null }).division
      if (division && division !== ids.personnel) others.push(d.title)
    }
    expect(others.length).toBeGreaterThan(0)

    const editor = new RestClient(t.config)
    await editor.login('hr@example.go.th', 'Personnel-k7!2566x')
    const res = await editor.get('/oit/2566/status')
    expect(res.status).toBe(200)
    const text = JSON.stringify(res.body)
    for (const title of others) expect(text).not.toContain(title)
    expect(text).toContain('มีฉบับร่างที่ท่านไม่มีสิทธิ์เปิด')
    expect(JSON.stringify(all)).toContain(others[0]!)
  })
})

describe('the names before the division rename (department) still answer', () => {
  it('a REST where and sort on `department` read `division`', async () => {
    const now = await rest.get(`/laws?depth=0&limit=100&where[division][equals]=${ids.strategy}&sort=division`)
    const old = await rest.get(`/laws?depth=0&limit=100&where[department][equals]=${ids.strategy}&sort=department`)
    expect(now.status).toBe(200)
    expect(now.body.totalDocs).toBeGreaterThan(0)
    expect(old.status).toBe(200)
    expect(old.body.docs.map((d: { id: number }) => d.id)).toEqual(now.body.docs.map((d: { id: number }) => d.id))
    const users = await rest.get(`/users?depth=0&where[departments][in]=${ids.finance}`)
    expect(users.status).toBe(200)
    expect(users.body.totalDocs).toBeGreaterThan(0)
  })

  it('the status and ITAS sheet read `?department=` as `?division=`', async () => {
    const now = await rest.get('/oit/2566/status?division=finance')
    const old = await rest.get('/oit/2566/status?department=finance')
    const all = await rest.get('/oit/2566/status')
    expect(old.status).toBe(200)
    expect(old.body.items.length).toBeLessThan(all.body.items.length)
    expect(old.body.items.map((i: { code: string }) => i.code)).toEqual(now.body.items.map((i: { code: string }) => i.code))
    const sheet = await rest.get('/oit/2566/export?format=csv&department=finance')
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('content-disposition')).toContain('-finance')
  })
})
