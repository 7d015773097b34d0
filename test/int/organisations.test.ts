/**
 * Two organisations on one deployment (the demo: the อบจ. and the เทศบาล beside it): what one
 * organisation's people, visitors of its site and its status see of the other (nothing of
 * it), through REST and GraphQL, forged ids included; each status and reminder its own.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_MUNICIPALITY, MUNICIPALITY_DRAFT, MUNICIPALITY_STAFF } from '../../seed/data/municipality'
import { DEFAULT_ADMIN, DEMO_STAFF } from '../../seed/data/organisation'
import { computeYearStatus } from '@prongsai/oit/utilities'
import type { OitCustomConfig } from '@prongsai/oit/types'
import { seed } from '../../seed/index'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { graphqlClient } from '../helpers/graphql'
import { graphqlNames } from '../helpers/gql-names'
import { serverFunctions } from '../../src/app/(payload)/serverFunctions'
import { ACROSS_ORGANISATIONS } from '../../src/tenancy/guardOrganisationReads'

let t: TestPayload
let payload: Payload
let first: number | string
let second: number | string
const PASSWORD = DEFAULT_ADMIN.password
/** The test's own bookkeeping across both organisations (src/tenancy/guardOrganisationReads.ts). */
const ACROSS = { [ACROSS_ORGANISATIONS]: true }

/** A REST client signed in as `email`. */
async function as(email: string): Promise<RestClient> {
  const rest = new RestClient(t.config)
  await rest.login(email, PASSWORD)
  return rest
}

/** Ids of a collection's documents of one organisation (drafts included), read past access. */
async function idsOf(slug: string, organisation: number | string): Promise<string[]> {
  const { docs } = await payload.find({
    collection: slug as 'news',
    where: { tenant: { equals: organisation } },
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => String(doc.id))
}

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  await seed(payload, { withSecondOrganisation: true })
  const { docs } = await payload.find({ collection: 'tenants', sort: 'createdAt', overrideAccess: true, depth: 0 })
  first = docs[0]!.id
  second = docs.find((doc) => doc.slug === DEMO_MUNICIPALITY.slug)!.id
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('the demo has two organisations', () => {
  it('each with its own divisions, profile and staff; the second has a draft of its own', async () => {
    expect(first).not.toEqual(second)
    const finance = await payload.find({
      collection: 'divisions',
      where: { code: { equals: 'finance' } },
      overrideAccess: true,
      depth: 0,
      context: ACROSS,
    })
    expect(finance.docs.map((d) => String(d.tenant)).sort()).toEqual([String(first), String(second)].sort())
    expect(await idsOf('news', second)).toHaveLength(1)
    expect((await idsOf('news', first)).length).toBeGreaterThan(0)
  })
})

describe("one organisation's people never see or touch the other's", () => {
  const readPaths = ['news', 'divisions', 'media', 'audit-log', 'organisations', 'users', 'executives', 'procurement-monthly-summaries']

  it.each(readPaths)('%s: a list and by id, as the other organisation\'s editor and admin', async (slug) => {
    const otherIds = new Set([...(await idsOf(slug === 'users' ? 'divisions' : slug, first))])
    for (const email of [MUNICIPALITY_STAFF[0].email, MUNICIPALITY_STAFF[1].email]) {
      const rest = await as(email)
      const list = await rest.get(`/${slug}?limit=0&depth=0&draft=true`)
      expect(list.status, `${email} ${slug}`).toBe(200)
      const seen = (list.body.docs as { id: number | string; tenant?: unknown; tenants?: { tenant: unknown }[] }[])
      for (const doc of seen) {
        if (slug === 'users') {
          expect(doc.tenants?.map((row) => String(row.tenant)), `${email} sees user ${doc.id}`).toEqual([String(second)])
        } else {
          expect(String(doc.tenant), `${email} sees ${slug} ${doc.id}`).toBe(String(second))
        }
      }
      if (slug === 'users') continue
      for (const id of [...otherIds].slice(0, 3)) {
        const one = await rest.get(`/${slug}/${id}?draft=true&depth=0`)
        expect([403, 404], `${email} reads ${slug}/${id}`).toContain(one.status)
      }
    }
  })

  it("the first organisation's editor cannot read, change or delete the second's draft, nor create in it", async () => {
    const [draft] = await idsOf('news', second)
    const rest = await as(DEMO_STAFF[0].email)
    expect([403, 404]).toContain((await rest.get(`/news/${draft}?draft=true`)).status)
    expect([403, 404]).toContain((await rest.patch(`/news/${draft}?draft=true`, { title: 'แก้โดยองค์กรอื่น' })).status)
    expect([403, 404]).toContain((await rest.delete(`/news/${draft}`)).status)
    // A forged organisation in the body is refused, and nothing is created there.
    const before = (await idsOf('news', second)).length
    const forged = await rest.post('/news?draft=true', { title: 'ข่าวปลอม', date: '2023-01-10T00:00:00.000Z', tenant: second, _status: 'draft' })
    expect(forged.status).toBeGreaterThanOrEqual(400)
    expect(await idsOf('news', second)).toHaveLength(before)
    const after = await payload.findByID({ collection: 'news', id: draft!, draft: true, overrideAccess: true, depth: 0 })
    expect(after.title).toBe(MUNICIPALITY_DRAFT.title)
  })

  it("a guessed file id of the first organisation cannot be attached in the second's document", async () => {
    const image = (await payload.find({ collection: 'media', where: { and: [{ tenant: { equals: first } }, { mimeType: { equals: 'image/png' } }] }, limit: 1, overrideAccess: true, depth: 0 })).docs[0]!
    const [draft] = await idsOf('news', second)
    const rest = await as(MUNICIPALITY_STAFF[1].email)
    const res = await rest.patch(`/news/${draft}?draft=true`, { coverImage: image.id })
    expect(res.status).toBe(400)
    const after = await payload.findByID({ collection: 'news', id: draft!, draft: true, overrideAccess: true, depth: 0 })
    expect(after.coverImage ?? null).toBeNull()
    const made = await rest.post('/news?draft=true', { title: 'ข่าวพร้อมภาพขององค์กรอื่น', date: '2023-01-10T00:00:00.000Z', coverImage: image.id, _status: 'draft' })
    expect(made.status).toBe(400)
  })

  it("an organisation's administrator cannot take over the platform administrator, an overseer, or an account shared with another organisation", async () => {
    const make = async (email: string, data: Record<string, unknown>) =>
      (await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email, ...data } as never, overrideAccess: true })).id
    await make('admin2@first.example.go.th', { roles: ['admin'], tenants: [{ tenant: first }] })
    const overseer = await make('overseer@province.example.go.th', { roles: ['editor'], platformRole: 'overseer', tenants: [{ tenant: first }, { tenant: second }] })
    const shared = await make('shared@both.example.go.th', { roles: ['editor'], tenants: [{ tenant: first }, { tenant: second }] })
    const own = await make('own@first.example.go.th', { roles: ['editor'], tenants: [{ tenant: first }] })
    const platform = (await payload.find({ collection: 'users', where: { email: { equals: DEFAULT_ADMIN.email } }, overrideAccess: true })).docs[0]!.id
    const rest = await as('admin2@first.example.go.th')
    for (const id of [platform, overseer, shared]) {
      const before = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
      expect([403, 404], `PATCH ${id}`).toContain((await rest.patch(`/users/${id}`, { name: 'ยึดบัญชี', password: 'a-long-stolen-password-9' })).status)
      expect([403, 404], `DELETE ${id}`).toContain((await rest.delete(`/users/${id}`)).status)
      const after = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
      expect(after.name).toBe(before.name)
    }
    // Their own organisation's account: yes.
    expect((await rest.patch(`/users/${own}`, { name: 'ชื่อใหม่' })).status).toBe(200)
  })

  it('GraphQL lists only the own organisation', async () => {
    const rest = await as(MUNICIPALITY_STAFF[1].email)
    const names = graphqlNames(payload.collections.news.config)
    const result = await graphqlClient(t.config)(`{ ${names.plural}(limit: 0, draft: true) { docs { id tenant { id } } } }`, {}, rest.token!)
    expect(result.errors).toBeUndefined()
    const docs = (result.data as Record<string, { docs: { tenant?: { id: unknown } }[] }>)[names.plural]!.docs
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(String(doc.tenant?.id)).toBe(String(second))
  })

  it("a new document of the second organisation takes the second's division, not the first's", async () => {
    const rest = await as(MUNICIPALITY_STAFF[0].email)
    const made = await rest.post('/procurement-monthly-summaries?draft=true', { title: 'สขร.1 มกราคม 2566', month: '2023-01-15T00:00:00.000Z', fiscalYear: 2566, _status: 'draft' })
    expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201)
    const division = await payload.findByID({ collection: 'divisions', id: made.body.doc.division.id ?? made.body.doc.division, overrideAccess: true, depth: 0 })
    expect(String(division.tenant)).toBe(String(second))
  })
})

describe('scheduled publishing', () => {
  it("another organisation's publisher can neither schedule nor cancel a publication of the first's document", async () => {
    const [law] = await payload.find({ collection: 'laws', where: { tenant: { equals: first } }, limit: 1, overrideAccess: true, depth: 0 }).then((r) => r.docs)
    const jobs = async () => (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })).totalDocs
    const schedule = (serverFunctions as unknown as Record<string, (args: Record<string, unknown>) => Promise<{ error?: string }>>)['schedule-publish']!
    const asUser = async (email: string) => {
      const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })).docs[0]!
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      return (args: Record<string, unknown>) => schedule({ ...args, req, user: req.user, importMap: {}, cookies: new Map(), locale: undefined, permissions: {} })
    }
    const before = await jobs()
    const theirs = await asUser(MUNICIPALITY_STAFF[1].email)
    const refused = await theirs({ type: 'publish', date: new Date(Date.now() + 86_400_000), doc: { relationTo: 'laws', value: String(law!.id) } })
    expect(refused.error).toBeTruthy()
    expect(await jobs()).toBe(before)
    // The first organisation's own publisher may; the other's may not cancel it.
    const mine = await asUser(DEFAULT_ADMIN.email)
    expect((await mine({ type: 'publish', date: new Date(Date.now() + 86_400_000), doc: { relationTo: 'laws', value: String(law!.id) } })).error).toBeFalsy()
    const job = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, sort: '-createdAt', limit: 1, overrideAccess: true })).docs[0]!
    expect((await theirs({ deleteID: job.id })).error).toBeTruthy()
    expect(await jobs()).toBe(before + 1)
  })
})

describe("visitors of one organisation's site", () => {
  it('see its published documents only, by its host', async () => {
    const visitor = new RestClient(t.config)
    const firstSite = await visitor.get('/news?limit=0&depth=0', { token: null })
    expect(firstSite.status).toBe(200)
    expect(firstSite.body.docs.length).toBeGreaterThan(0)
    for (const doc of firstSite.body.docs) expect(String(doc.tenant)).toBe(String(first))
    const secondSite = await visitor.get('/news?limit=0&depth=0', { token: null, headers: { host: DEMO_MUNICIPALITY.domains[0].host } })
    expect(secondSite.status).toBe(200)
    expect(secondSite.body.docs).toEqual([])
    const divisions = await visitor.get('/divisions?limit=0&depth=0', { token: null, headers: { host: DEMO_MUNICIPALITY.domains[0].host } })
    for (const doc of divisions.body.docs) expect(String(doc.tenant)).toBe(String(second))
  })
})

describe('each organisation has its own status', () => {
  it("the second's status counts none of the first's documents, executives or profile", async () => {
    const oit = payload.config.custom.oit as OitCustomConfig
    const framework = oit.frameworks.find((f) => f.year === 2566)!
    const options = { payload, framework, frameworks: oit.frameworks, siteUrl: 'http://localhost:3000', now: new Date('2023-04-20T00:00:00+07:00') }
    const mine = await computeYearStatus({ ...options, organisation: first })
    const theirs = await computeYearStatus({ ...options, organisation: second })
    expect(mine.counts.complete).toBeGreaterThan(5)
    expect(theirs.counts.complete).toBe(0)
    expect(theirs.items.flatMap((item) => item.documents ?? [])).toEqual([])
    // The first's executives do not make the second's o2 complete.
    expect(mine.items.find((item) => item.code === 'o2')?.status).toBe('complete')
    expect(theirs.items.find((item) => item.code === 'o2')?.status).not.toBe('complete')
  })

  it('a status read with no organisation, where there are two, is refused rather than mixed', async () => {
    const oit = payload.config.custom.oit as OitCustomConfig
    const framework = oit.frameworks.find((f) => f.year === 2566)!
    await expect(computeYearStatus({ payload, framework, frameworks: oit.frameworks, siteUrl: 'http://x' })).rejects.toThrow()
  })

  it("each staff member's status endpoint is their own organisation's", async () => {
    const mine = await (await as(DEFAULT_ADMIN.email)).get('/oit/2566/status')
    const theirs = await (await as(MUNICIPALITY_STAFF[1].email)).get('/oit/2566/status')
    expect(mine.status).toBe(200)
    expect(theirs.status).toBe(200)
    expect(mine.body.counts.complete).toBeGreaterThan(5)
    expect(theirs.body.counts.complete).toBe(0)
  })
})

describe('a new organisation in minutes', () => {
  it('from the template of its kind: divisions, a draft profile, its administrator; a second with the same slug or domain saves nothing', async () => {
    const { createOrganisation } = await import('../../src/tenancy/createOrganisation')
    const { DIVISION_TEMPLATES } = await import('../../seed/data/divisionTemplates')
    const made = await createOrganisation(
      payload,
      {
        name: 'องค์การบริหารส่วนตำบลทดลอง',
        slug: 'sao-trial',
        kind: 'sao',
        province: 'สุขใจ',
        domains: ['www.trial.go.th'],
        admin: { email: 'admin@trial.go.th', password: 'a-long-trial-password-1' },
      },
      DIVISION_TEMPLATES,
    )
    expect(made.divisions).toBe(DIVISION_TEMPLATES.sao!.length)
    expect(await idsOf('divisions', made.id)).toHaveLength(DIVISION_TEMPLATES.sao!.length)
    expect(await idsOf('organisations', made.id)).toHaveLength(1)
    // Its administrator sees its divisions only, and its own status (nothing published yet).
    const admin = await (async () => {
      const rest = new RestClient(t.config)
      await rest.login('admin@trial.go.th', 'a-long-trial-password-1')
      return rest
    })()
    const divisions = await admin.get('/divisions?limit=0&depth=0')
    expect(divisions.body.docs.map((d: { tenant: unknown }) => String(d.tenant))).toEqual(
      Array(DIVISION_TEMPLATES.sao!.length).fill(String(made.id)),
    )
    const status = await admin.get('/oit/2566/status')
    expect(status.status).toBe(200)
    expect(status.body.counts.complete).toBe(0)

    const organisations = async () => (await payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs
    const divisionCount = async () =>
      (await payload.count({ collection: 'divisions', overrideAccess: true, context: ACROSS })).totalDocs
    const before = [await organisations(), await divisionCount()]
    for (const clash of [{ slug: 'sao-trial', domains: [] }, { slug: 'sao-trial-2', domains: ['WWW.trial.go.th'] }]) {
      await expect(
        createOrganisation(payload, { name: 'ซ้ำ', kind: 'sao', ...clash }, DIVISION_TEMPLATES),
      ).rejects.toThrow()
      expect([await organisations(), await divisionCount()]).toEqual(before)
    }
  })
})
