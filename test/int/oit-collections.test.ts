/**
 * Every OIT category through REST and GraphQL: create, read, update; visitors see
 * published documents only; bad input is refused with a Thai + English message and
 * nothing is saved. (Publishing needs a complete document, the publish gate's rule:
 * the visibility test publishes a copy of a complete demo document.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { copyOfPublished } from '../helpers/documents'
import { pdfBlob, pngBlob, uploadForm } from '../helpers/files'
import { graphqlClient } from '../helpers/graphql'
import { graphqlNames } from '../helpers/gql-names'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient
let query: ReturnType<typeof graphqlClient>

const FY2566_DAY = '2022-11-15T00:00:00.000+07:00'

interface Category {
  slug: string
  /** GraphQL singular name (mutations createX/updateX, query X). */
  gql: string
  /** GraphQL plural query name. */
  gqlPlural: string
  titleField: string
  data: Record<string, unknown>
  /** GraphQL spells select values as enum names: dashes become underscores. */
  gqlData?: Record<string, unknown>
}

/**
 * A minimal draft of each category: what only this test can know. The categories, their
 * title fields and GraphQL names come from the config (`OIT_COLLECTIONS`), so a category
 * added later without a draft here fails the first test instead of going untested.
 */
const DRAFTS: Record<string, Pick<Category, 'data' | 'gqlData'>> = {
  executives: { data: { name: 'นายทดสอบ ระบบ', side: 'political', rank: 'top' } },
  laws: { data: { title: 'พ.ร.บ.ทดสอบ', kind: 'act' } },
  news: { data: { title: 'ข่าวทดสอบ', date: FY2566_DAY } },
  plans: { data: { title: 'แผนทดสอบ', kind: 'action', fiscalYear: 2566 } },
  reports: { data: { title: 'รายงานทดสอบ', kind: 'annual', subject: 'operations', fiscalYear: 2565 } },
  manuals: { data: { title: 'คู่มือทดสอบ', kind: 'service' } },
  statistics: { data: { title: 'สถิติทดสอบ', kind: 'service', fiscalYear: 2566 } },
  'e-services': { data: { name: 'ขออนุญาตออนไลน์', url: 'https://eservice.example.go.th/' } },
  'procurement-announcements': { data: { title: 'ประกาศทดสอบ', type: 'invitation', announcedAt: FY2566_DAY } },
  'procurement-monthly-summaries': { data: { title: 'สขร.1 ตุลาคม 2565', month: '2022-10-01T00:00:00.000+07:00', fiscalYear: 2566 } },
  policies: { data: { title: 'ประมวลจริยธรรมทดสอบ', kind: 'ethics-code' }, gqlData: { kind: 'ethics_code' } },
  activities: { data: { title: 'กิจกรรมทดสอบ', kind: 'participation', periodStart: FY2566_DAY, periodEnd: FY2566_DAY } },
  'risk-assessments': { data: { title: 'ประเมินความเสี่ยงทดสอบ', fiscalYear: 2566 } },
  'integrity-measures': { data: { title: 'มาตรการทดสอบ', fiscalYear: 2566 } },
}

const CATEGORIES: Category[] = OIT_COLLECTIONS.map((collection) => {
  const { singular, plural } = graphqlNames(collection)
  return {
    slug: collection.slug,
    gql: singular,
    gqlPlural: plural,
    titleField: collection.admin?.useAsTitle ?? 'id',
    ...(DRAFTS[collection.slug] ?? { data: {} }),
  }
})

it('every OIT category has a draft to test with', () => {
  expect(OIT_COLLECTIONS.map((c) => c.slug).filter((slug) => !DRAFTS[slug])).toEqual([])
})

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  query = graphqlClient(t.config)
})

afterAll(async () => {
  await t?.cleanup()
})

describe.each(CATEGORIES)('$slug', (category) => {
  it('REST: a draft is hidden from visitors until it is published', async () => {
    const complete = await copyOfPublished(t.payload, category.slug, '(สำเนาทดสอบ)')
    const created = await rest.post(`/${category.slug}`, { ...complete, _status: 'draft' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc._status).toBe('draft')

    expect((await rest.get(`/${category.slug}/${id}`)).status).toBe(200)
    expect((await rest.get(`/${category.slug}/${id}`, { token: null })).status).toBe(404)
    const anonymousList = await rest.get(`/${category.slug}`, { token: null })
    expect(anonymousList.body.docs.map((d: { id: unknown }) => d.id)).not.toContain(id)

    const updated = await rest.patch(`/${category.slug}/${id}`, {
      [category.titleField]: `${String(complete[category.titleField])} (แก้ไข)`,
      _status: 'published',
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const visible = await rest.get(`/${category.slug}/${id}`, { token: null })
    expect(visible.status).toBe(200)
    expect(visible.body[category.titleField]).toBe(`${String(complete[category.titleField])} (แก้ไข)`)
  })

  it('GraphQL: create, read and update (drafts)', async () => {
    const title = `${String(category.data[category.titleField])} (GraphQL)`
    const created = await query(
      `mutation ($data: mutation${category.gql}Input!) { create${category.gql}(data: $data, draft: true) { id ${category.titleField} _status } }`,
      { data: { ...category.data, ...category.gqlData, [category.titleField]: title } },
      rest.token,
    )
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined()
    const id = (created.data as Record<string, { id: number | string }>)[`create${category.gql}`]!.id
    // Whatever GraphQL's enum spelling, the stored values are the collection's own.
    const stored = await rest.get(`/${category.slug}/${id}`)
    for (const [key, value] of Object.entries(category.data)) {
      if (key !== category.titleField && typeof value === 'string' && !value.includes('T00:')) {
        expect(stored.body[key]).toBe(value)
      }
    }

    const read = await query(`{ ${category.gql}(id: ${JSON.stringify(id)}, draft: true) { ${category.titleField} } }`, {}, rest.token)
    expect(read.errors).toBeUndefined()
    expect((read.data as Record<string, Record<string, unknown>>)[category.gql]![category.titleField]).toBe(title)

    const updated = await query(
      `mutation { update${category.gql}(id: ${JSON.stringify(id)}, draft: true, data: { ${category.titleField}: ${JSON.stringify(`${title} ✓`)} }) { ${category.titleField} } }`,
      {},
      rest.token,
    )
    expect(updated.errors, JSON.stringify(updated.errors)).toBeUndefined()
    const list = await query(`{ ${category.gqlPlural}(limit: 100, draft: true) { docs { ${category.titleField} } } }`, {}, rest.token)
    const titles = (list.data as Record<string, { docs: Record<string, string>[] }>)[category.gqlPlural]!.docs.map(
      (d) => d[category.titleField],
    )
    expect(titles).toContain(`${title} ✓`)
    // Visitors do not see the draft.
    const anonymous = await query(`{ ${category.gqlPlural}(limit: 100) { docs { ${category.titleField} } } }`)
    const publicTitles = (anonymous.data as Record<string, { docs: Record<string, string>[] }>)[category.gqlPlural]!.docs.map(
      (d) => d[category.titleField],
    )
    expect(publicTitles).not.toContain(`${title} ✓`)
  })
})

describe('bad input is refused with a Thai + English message and nothing is saved', () => {
  async function refused(slug: string, data: Record<string, unknown>, path: string, english: RegExp) {
    const before = (await t.payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
    const res = await rest.post(`/${slug}`, { ...data, _status: 'draft' })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    const errors: { path: string; message: string }[] = res.body.errors[0].data.errors
    const error = errors.find((e) => e.path === path)
    expect(error, `errors: ${JSON.stringify(errors)}`).toBeDefined()
    expect(error!.message).toMatch(/[\u0E00-\u0E7F].* \/ /) // Thai first, then " / " and English
    expect(error!.message).toMatch(english)
    expect((await t.payload.count({ collection: slug as never, overrideAccess: true })).totalDocs).toBe(before)
  }

  it('a negative amount', () =>
    refused(
      'plans',
      { title: 'แผนงบติดลบ', kind: 'action', fiscalYear: 2566, projects: [{ name: 'ถนน', budget: -500 }] },
      'projects.0.budget',
      /Amount must not be negative/,
    ))

  it('an end before its start', () =>
    refused(
      'activities',
      { title: 'กิจกรรมย้อนเวลา', kind: 'participation', periodStart: '2023-03-10', periodEnd: '2023-03-01' },
      'periodEnd',
      /end date must not be before the start/,
    ))

  it('a fiscal year outside a sane range (a CE year typed by mistake)', () =>
    refused('plans', { title: 'แผนปีผิด', kind: 'action', fiscalYear: 2023 }, 'fiscalYear', /Buddhist-era year .*2023 \+ 543 = 2566/))

  it('a missing required fiscal year (a field with its own validator keeps "required")', () =>
    refused('reports', { title: 'รายงานไม่มีปี', kind: 'annual', subject: 'operations' }, 'fiscalYear', /This field is required/))

  it('an annual report without its subject (which decides the checklist item)', () =>
    refused('reports', { title: 'รายงานไม่มีเรื่อง', kind: 'annual', fiscalYear: 2565 }, 'subject', /needs its subject/))

  it('a last fiscal year before the first', () =>
    refused(
      'plans',
      { title: 'แผนหลายปีกลับด้าน', kind: 'development', fiscalYear: 2566, fiscalYearEnd: 2565 },
      'fiscalYearEnd',
      /last fiscal year must not be before the first/,
    ))

  it('a month decides its fiscal year: ตุลาคม 2566 sent with 2566 is stored in FY 2567, not refused', async () => {
    const res = await rest.post('/procurement-monthly-summaries', {
      title: 'สขร.1 ตุลาคม 2566',
      month: '2023-10-01T00:00:00.000+07:00',
      fiscalYear: 2566,
      _status: 'draft',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.fiscalYear).toBe(2567)
  })

  it('a malformed URL', () =>
    refused('e-services', { name: 'บริการลิงก์ผิด', url: 'www.example.go.th' }, 'url', /full URL starting with https:\/\//))

  it('a malformed phone number and e-mail', async () => {
    await refused(
      'executives',
      { name: 'นายเบอร์ผิด', side: 'political', rank: 'other', contact: { phone: 'โทรหาได้' } },
      'contact.phone',
      /Malformed phone number/,
    )
    await refused(
      'executives',
      { name: 'นายอีเมลผิด', side: 'political', rank: 'other', contact: { email: 'nayok@' } },
      'contact.email',
      /Malformed e-mail/,
    )
  })

  it('a PDF field given an image', async () => {
    const image = await rest.post('/media', uploadForm(await pngBlob(200, 200), 'not-a-pdf.png', { alt: 'รูป' }))
    expect(image.status).toBe(201)
    await refused('laws', { title: 'กฎหมายแนบรูป', document: image.body.doc.id }, 'document', /Must be a PDF \(got image\/png\)/)
    const pdf = await rest.post('/media', uploadForm(pdfBlob(), 'law.pdf', { alt: 'กฎหมาย' }))
    const ok = await rest.post('/laws', { title: 'กฎหมายแนบ PDF', document: pdf.body.doc.id, _status: 'draft' })
    expect(ok.status).toBe(201)
  })

  it('pages that are not page numbers', () =>
    refused(
      'plans',
      { title: 'แผนระบุหน้าผิด', kind: 'development', fiscalYear: 2566, componentLocations: [{ component: 'strategies', pages: 'บทที่ 3' }] },
      'componentLocations.0.pages',
      /Give pages as numbers or ranges/,
    ))

  it('a malformed e-mail on the organisation profile is refused and the saved profile is kept', async () => {
    const org = await t.payload.find({ collection: 'organisations', limit: 1, overrideAccess: true, draft: true })
    const id = org.docs[0]!.id
    const ok = await rest.patch(`/organisations/${id}`, { contact: { email: 'saraban@example.go.th' } })
    expect(ok.status).toBe(200)
    const res = await rest.patch(`/organisations/${id}`, { contact: { email: 'saraban at example' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].message).toMatch(/Malformed e-mail/)
    const after = await t.payload.findByID({ collection: 'organisations', id, overrideAccess: true, draft: true })
    expect(after.contact?.email).toBe('saraban@example.go.th')
  })
})
