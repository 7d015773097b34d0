/**
 * The view across organisations (issue 21): each organisation's status is stored, kept fresh
 * by what changes it, and read one row per organisation the reader may read; a platform
 * administrator sees every organisation, an overseer theirs, staff their own, a visitor none.
 * Filters, sort, the XLSX and "open one organisation's status" follow the same rules.
 */
import { handleEndpoints, type Payload } from 'payload'

import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_MUNICIPALITY, DEMO_OVERSEER, MUNICIPALITY_STAFF } from '../../seed/data/municipality'
import { DEFAULT_ADMIN, DEMO_STAFF } from '../../seed/data/organisation'
import { OIT_SUMMARIES_SLUG } from '@prongsai/oit'
import { computeYearStatus, refreshSummaries } from '@prongsai/oit/utilities'
import type { OitCustomConfig } from '@prongsai/oit/types'
import { seed } from '../../seed/index'
import { inOrganisation } from '../../src/tenancy/currentOrganisation'
import { ACROSS_ORGANISATIONS } from '../../src/tenancy/guardOrganisationReads'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient, TEST_ORIGIN } from '../helpers/rest'

let t: TestPayload
let payload: Payload
let first: number | string
let second: number | string
const PASSWORD = DEFAULT_ADMIN.password

async function as(email: string): Promise<RestClient> {
  const rest = new RestClient(t.config)
  await rest.login(email, PASSWORD)
  return rest
}

/** The stored rows of an organisation, read past access. */
async function rowsOf(organisation: number | string) {
  const { docs } = await payload.find({
    collection: OIT_SUMMARIES_SLUG as never,
    where: { tenant: { equals: organisation } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as { id: number; year: number; counts: Record<string, number>; computedAt: string; changedAt?: string | null; items: Record<string, string> }[]
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

describe('stored statuses', () => {
  it('the seed stores one row per organisation and year, equal to the status computed live', async () => {
    const oit = payload.config.custom.oit as OitCustomConfig
    const framework = oit.frameworks.find((f) => f.year === 2566)!
    for (const organisation of [first, second]) {
      const rows = await rowsOf(organisation)
      const row = rows.find((r) => r.year === 2566)
      expect(row, `organisation ${organisation}`).toBeDefined()
      const live = await computeYearStatus({
        payload,
        framework,
        frameworks: oit.frameworks,
        siteUrl: 'http://localhost:3000',
        now: oit.now(),
        organisation,
      })
      expect(row!.counts).toEqual(live.counts)
      expect(Object.keys(row!.items)).toHaveLength(live.items.length)
    }
    const [mine, theirs] = [await rowsOf(first), await rowsOf(second)]
    expect(mine.find((r) => r.year === 2566)!.counts.complete).toBeGreaterThan(5)
    expect(theirs.find((r) => r.year === 2566)!.counts.complete).toBe(0)
  })

  it("a change of the second's document marks only the second's rows, and a refresh recomputes only those", async () => {
    // New rows are read once more on the next runs (a save may have been open while they were made): settle them.
    await payload.db.updateMany({
      collection: OIT_SUMMARIES_SLUG as never,
      where: { tenant: { in: [first, second] } },
      data: { changedAt: null },
    })
    expect((await refreshSummaries(payload)).refreshed).toBe(0)
    const before = await rowsOf(first)
    await inOrganisation(second, () =>
      payload.create({
        collection: 'news',
        data: { title: 'ข่าวทดสอบภาพรวม', date: new Date().toISOString(), _status: 'draft' } as never,
        draft: true,
        overrideAccess: true,
      }),
    )
    const marked = await rowsOf(second)
    expect(marked.every((row) => row.changedAt && row.changedAt >= row.computedAt)).toBe(true)
    expect((await rowsOf(first)).map((row) => row.changedAt ?? null)).toEqual(before.map((row) => row.changedAt ?? null))
    const result = await refreshSummaries(payload)
    expect(result.refreshed).toBe(marked.length)
    expect(result.unchanged).toBe(before.length)
    // A change this recent may belong to a save still open during that refresh: read once more, the first's rows not.
    const again = await refreshSummaries(payload)
    expect(again.unchanged).toBe(before.length)
  })
})

describe('GET /api/oit/:year/overview', () => {
  it('a platform administrator sees both organisations; the second lacks more', async () => {
    const res = await (await as(DEFAULT_ADMIN.email)).get('/oit/2566/overview')
    expect(res.status).toBe(200)
    const names = res.body.rows.map((row: { name: string }) => row.name)
    expect(names).toContain(DEMO_MUNICIPALITY.name)
    expect(res.body.rows).toHaveLength(2)
    expect(res.body.organisations).toBe(2)
    const municipality = res.body.rows.find((row: { name: string }) => row.name === DEMO_MUNICIPALITY.name)
    expect(municipality.counts.complete).toBe(0)
    expect(municipality.facets.province.value).toBe(DEMO_MUNICIPALITY.province)
    // Every item the municipality lacks and the อบจ. has is missing in one of two.
    expect(res.body.mostMissing[0].count).toBe(2)
    expect(res.body.mostMissing.some((item: { count: number }) => item.count === 1)).toBe(true)
    expect(res.body.facets.map((f: { key: string }) => f.key)).toEqual(['province', 'kind'])
  })

  it('filters by a facet and sorts by progress', async () => {
    const admin = await as(DEFAULT_ADMIN.email)
    const kind = await admin.get(`/oit/2566/overview?kind=${DEMO_MUNICIPALITY.kind}`)
    expect(kind.body.rows.map((row: { name: string }) => row.name)).toEqual([DEMO_MUNICIPALITY.name])
    expect(kind.body.organisations).toBe(2)
    const byProgress = await admin.get('/oit/2566/overview?sort=progress&direction=asc')
    const progress = byProgress.body.rows.map((row: { progress: number }) => row.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress[0]).toBeLessThan(progress[1])
  })

  it('an overseer sees the organisations they oversee; staff their own; a visitor nothing', async () => {
    const overseer = await (await as(DEMO_OVERSEER.email)).get('/oit/2566/overview')
    expect(overseer.body.rows).toHaveLength(2)
    const editor = await (await as(MUNICIPALITY_STAFF[0].email)).get('/oit/2566/overview')
    expect(editor.status).toBe(200)
    expect(editor.body.rows.map((row: { organisation: unknown }) => String(row.organisation))).toEqual([String(second)])
    const firstEditor = await (await as(DEMO_STAFF[0].email)).get('/oit/2566/overview')
    expect(firstEditor.body.rows.map((row: { organisation: unknown }) => String(row.organisation))).toEqual([String(first)])
    const visitor = await new RestClient(t.config).get('/oit/2566/overview', { token: null })
    expect(visitor.status).toBe(401)
    const summaries = await new RestClient(t.config).get(`/${OIT_SUMMARIES_SLUG}?limit=0`, { token: null })
    expect(summaries.status === 403 || summaries.body.docs?.length === 0).toBe(true)
  })

  it('the XLSX has a row per organisation shown, with Buddhist-era dates', async () => {
    const admin = await as(DEFAULT_ADMIN.email)
    const request = new Request(`${TEST_ORIGIN}/api/oit/2566/overview?format=xlsx`, { headers: { Authorization: `JWT ${admin.token}` } })
    const res = await handleEndpoints({ config: t.config, request })
    expect(res.status, await res.clone().text()).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.rowCount).toBe(3)
    const values = [2, 3].map((n) => String(sheet.getRow(n).getCell(2).value))
    expect(values).toContain(DEMO_MUNICIPALITY.name)
    const computed = String(sheet.getRow(2).getCell(sheet.columnCount).value)
    // "8 ธ.ค. 69": a Thai month and the Buddhist-era year (2569), not 2026.
    const beYear = (new Date(Date.now() + 7 * 3_600_000).getUTCFullYear() + 543) % 100
    expect(computed).toMatch(new RegExp(`^\\d{1,2} [ก-๙.]+ ${beYear}$`))
    expect(workbook.worksheets[1]!.rowCount).toBeGreaterThan(1)
  })

  it('an unknown format is a 400 in both languages', async () => {
    const res = await (await as(DEFAULT_ADMIN.email)).get('/oit/2566/overview?format=pdf')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/ไม่รู้จักรูปแบบ.*Unknown format/)
  })
})

describe("opening one organisation's status", () => {
  it('a platform administrator or overseer opens the one named; staff of the other are never given it', async () => {
    const admin = await (await as(DEFAULT_ADMIN.email)).get(`/oit/2566/status?organisation=${second}`)
    expect(admin.body.counts.complete).toBe(0)
    const own = await (await as(DEFAULT_ADMIN.email)).get(`/oit/2566/status?organisation=${first}`)
    expect(own.body.counts.complete).toBeGreaterThan(5)
    const overseer = await (await as(DEMO_OVERSEER.email)).get(`/oit/2566/status?organisation=${second}`)
    expect(overseer.body.counts.complete).toBe(0)
    // Asking for the other organisation is not a grant: the editor gets their own.
    const editor = await (await as(MUNICIPALITY_STAFF[0].email)).get(`/oit/2566/status?organisation=${first}`)
    expect(editor.body.counts.complete).toBe(0)
  })
})

describe("each organisation's links", () => {
  it('point at its own site (its first domain), whatever address the admin was opened at', async () => {
    const admin = await as(DEFAULT_ADMIN.email)
    // One admin origin for every organisation.
    const headers = { host: 'admin.example.local:3000' }
    const theirs = await admin.get(`/oit/2566/status?organisation=${second}`, { headers })
    expect(theirs.body.items[0].url).toBe(`http://${DEMO_MUNICIPALITY.domains[0].host}:3000/oit/2566/${theirs.body.items[0].code}`)
    const sheet = await admin.get(`/oit/2566/export?format=json&organisation=${first}`, { headers })
    expect(sheet.status).toBe(200)
    const urls = JSON.stringify(sheet.body.rows).match(/https?:\/\/[^"\\\s]+/g) ?? []
    expect(urls.length).toBeGreaterThan(10)
    for (const url of urls) expect(url.startsWith('http://localhost:3000/'), url).toBe(true)
  })
})

describe('deleting an organisation', () => {
  it('takes its stored statuses with it, and is still refused while it holds documents', async () => {
    const empty = await payload.create({
      collection: 'tenants',
      data: { name: 'องค์กรว่างทดสอบ', slug: 'empty-overview', domains: [{ host: 'empty-overview.localhost' }] } as never,
      overrideAccess: true,
    })
    await refreshSummaries(payload, { organisations: [empty.id] })
    expect((await rowsOf(empty.id)).length).toBeGreaterThan(0)
    await payload.delete({ collection: 'tenants', id: empty.id, overrideAccess: true })
    const { totalDocs } = await payload.count({
      collection: OIT_SUMMARIES_SLUG as never,
      where: { tenant: { exists: false } },
      overrideAccess: true,
      context: { [ACROSS_ORGANISATIONS]: true },
    })
    expect(totalDocs).toBe(0)
    expect(await rowsOf(empty.id)).toEqual([])
    await expect(payload.delete({ collection: 'tenants', id: second, overrideAccess: true })).rejects.toThrow(/still holds/)
  })
})
