/**
 * All-or-nothing writes, for every collection in the config: a create, update, publish,
 * restore or delete that fails part-way leaves the database exactly as it was (the
 * document, its rows, its versions, the counts; for uploads the files on disk), and the
 * client gets an error status. Also the reported bug: a copy of a published document
 * sent with its row ids neither fails nor touches the original.
 */
import type { SanitizedCollectionConfig } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NEW_PREFIX, PENDING_PREFIX } from '../../collections/Media/pendingFolders'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { appCollections, hasRows, manyPerOrganisation, sampleBody, topLevelDataFields } from '../helpers/config-walk'
import { titleFieldOf } from '../helpers/documents'
import { FAIL_AFTER_WRITE, installAfterWriteFaults } from '../helpers/fault-injection'
import { pngBlob } from '../helpers/files'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

/** The test's own counts, every organisation's (src/tenancy/guardOrganisationReads.ts). */
const ACROSS = { acrossOrganisations: true }

let t: TestPayload
let rest: RestClient
let collections: SanitizedCollectionConfig[]
let cases = 0

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  installAfterWriteFaults(t.payload)
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  collections = await appCollections(t.payload)
})

afterAll(async () => {
  console.log(`write-faults: ${cases} (collection, fault) cases over ${collections?.length} collections`)
  await t?.cleanup()
})

/** Everything a failed write could have touched, as plain JSON. */
async function state(slug: string, id?: number | string) {
  const { payload } = t
  const collection = (payload.collections as Record<string, { config: SanitizedCollectionConfig }>)[slug]!.config
  const count = (await payload.count({ collection: slug as never, overrideAccess: true, context: ACROSS })).totalDocs
  const versions = collection.versions
    ? (await payload.countVersions({ collection: slug as never, overrideAccess: true, context: ACROSS })).totalDocs
    : 0
  const doc =
    id === undefined
      ? null
      : await payload.findByID({ collection: slug as never, id, depth: 0, overrideAccess: true, disableErrors: true })
  const latest =
    id === undefined || !collection.versions?.drafts
      ? null
      : await payload.findByID({
          collection: slug as never,
          id,
          depth: 0,
          overrideAccess: true,
          draft: true,
          disableErrors: true,
        })
  const files = collection.upload ? fs.readdirSync(path.join(t.dir, 'media')).sort() : []
  // Files set aside or noted while a write waits for its commit: none may be left behind.
  const pending = fs.readdirSync(t.dir).filter((name) => name.startsWith(PENDING_PREFIX) || name.startsWith(NEW_PREFIX))
  return JSON.parse(JSON.stringify({ count, versions, doc, latest, files, pending }))
}

const titleOf = (collection: SanitizedCollectionConfig) => titleFieldOf(t.payload, collection.slug)

/** A small change that is valid for the collection: its title field, else a text field. */
function changeFor(collection: SanitizedCollectionConfig, source: Record<string, unknown>): Record<string, unknown> {
  const field = topLevelDataFields(collection.fields).find(
    (f) =>
      'name' in f && (f.type === 'text' || f.type === 'textarea') && !('unique' in f && f.unique) && f.name !== 'email',
  ) as { name: string } | undefined
  const name = collection.upload ? 'alt' : (field?.name ?? titleOf(collection))
  return { [name]: `${String(source[name] ?? '')} (แก้ไข)` }
}

describe('a write that fails after the database was written leaves nothing behind', () => {
  it.each(['create', 'update', 'delete', 'restore'] as const)('%s, in every collection', async (kind) => {
    const failures: string[] = []
    for (const collection of collections) {
      const slug = collection.slug
      const sample = await sampleBody(t.payload, collection, `fault-${kind}-${cases}`)
      const id = sample.source.id as number | string
      if (kind === 'restore' && !collection.versions) continue
      const before = await state(slug, id)
      let status: number
      if (kind === 'create') {
        status = (await rest.post(`/${slug}`, await sample.body(), { headers: FAIL_AFTER_WRITE })).status
      } else if (kind === 'update') {
        status = (
          await rest.patch(`/${slug}/${id}`, changeFor(collection, sample.source), { headers: FAIL_AFTER_WRITE })
        ).status
      } else if (kind === 'delete') {
        status = (await rest.delete(`/${slug}/${id}`, { headers: FAIL_AFTER_WRITE })).status
      } else {
        const { docs } = await t.payload.findVersions({
          collection: slug as never,
          where: { parent: { equals: id } },
          limit: 1,
          sort: 'createdAt',
          overrideAccess: true,
        })
        if (!docs[0]) continue
        status = (await rest.post(`/${slug}/versions/${docs[0].id}`, undefined, { headers: FAIL_AFTER_WRITE })).status
      }
      cases++
      const after = await state(slug, id)
      // The injected fault is a server error (500), not a lock that timed out (503).
      if (status !== 500) failures.push(`${slug}: ${kind} answered ${status}`)
      if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${slug}: ${kind} changed the database`)
    }
    expect(failures).toEqual([])
    await expectSavesStillWork()
  })

  it.each(['update', 'delete'] as const)(
    'a bulk %s where one document fails changes none of them, in every collection',
    async (kind) => {
      const failures: string[] = []
      for (const collection of collections) {
        const slug = collection.slug
        const sample = await sampleBody(t.payload, collection, `bulk-${kind}-${cases}`)
        const first = sample.source.id as number | string
        const made = await rest.post(`/${slug}`, await sample.body())
        if (made.status !== 201)
          throw new Error(`${slug}: could not make a second document: ${JSON.stringify(made.body)}`)
        const second = made.body.doc.id as number | string
        const before = [await state(slug, first), await state(slug, second)]
        const where = `where[id][in]=${first},${second}`
        const headers = { ...FAIL_AFTER_WRITE, 'x-test-fail-id': String(second) }
        const res =
          kind === 'update'
            ? await rest.patch(`/${slug}?${where}`, changeFor(collection, sample.source), { headers })
            : await rest.delete(`/${slug}?${where}`, { headers })
        cases++
        if (res.status < 400) failures.push(`${slug}: bulk ${kind} answered ${res.status}`)
        const after = [await state(slug, first), await state(slug, second)]
        if (JSON.stringify(after) !== JSON.stringify(before))
          failures.push(`${slug}: bulk ${kind} changed the database`)
      }
      expect(failures).toEqual([])
      await expectSavesStillWork()
    },
  )

  it('replacing the file of an upload, failing after the write, keeps the old file and leaves no new one', async () => {
    for (const collection of collections.filter((c) => c.upload)) {
      const { docs } = await t.payload.find({
        collection: collection.slug as never,
        where: { mimeType: { equals: 'image/png' } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        context: ACROSS,
      })
      const doc = docs[0] as { id: number } | undefined
      if (!doc) continue
      const before = await state(collection.slug, doc.id)
      const form = new FormData()
      form.append('file', await pngBlob(80, 60), `replacement-${cases}.png`)
      form.append('_payload', JSON.stringify({ alt: 'รูปใหม่' }))
      const res = await rest.patch(`/${collection.slug}/${doc.id}`, form, { headers: FAIL_AFTER_WRITE })
      cases++
      expect(res.status, collection.slug).toBe(500)
      expect(await state(collection.slug, doc.id), collection.slug).toEqual(before)
    }
  })

  it('an upload whose file is not what it claims saves nothing, files included', async () => {
    for (const collection of collections.filter((c) => c.upload)) {
      const before = await state(collection.slug)
      const body = new FormData()
      body.append('file', new Blob([new TextEncoder().encode('not really a PNG')], { type: 'image/png' }), 'broken.png')
      body.append('_payload', JSON.stringify({ alt: 'ภาพเสีย' }))
      const res = await rest.post(`/${collection.slug}`, body)
      cases++
      expect(res.status, collection.slug).toBeGreaterThanOrEqual(400)
      expect(res.status, collection.slug).toBeLessThan(500)
      expect(await state(collection.slug)).toEqual(before)
    }
  })

  it('an update pointing an upload field at a file that does not exist is a 400 and changes nothing', async () => {
    let tried = 0
    for (const collection of collections) {
      const upload = topLevelDataFields(collection.fields).find((f) => f.type === 'upload') as
        { name: string } | undefined
      if (!upload) continue
      const sample = await sampleBody(t.payload, collection, `missing-file-${cases}`)
      const id = sample.source.id as number | string
      const before = await state(collection.slug, id)
      const res = await rest.patch(`/${collection.slug}/${id}`, {
        ...changeFor(collection, sample.source),
        [upload.name]: 987654,
      })
      cases++
      tried++
      expect(res.status, collection.slug).toBe(400)
      expect(JSON.stringify(res.body), collection.slug).toContain(upload.name)
      expect(await state(collection.slug, id), collection.slug).toEqual(before)
    }
    expect(tried).toBeGreaterThan(5)
  })
})

/** A save right after the faults goes through at once: no lock was left behind. */
async function expectSavesStillWork() {
  const started = performance.now()
  const res = await rest.post('/divisions', { nameTh: `กองทดสอบ ${cases}`, code: `probe-${cases}` })
  expect(res.status).toBe(201)
  expect(performance.now() - started).toBeLessThan(5_000)
}

describe('row ids sent by a client never collide with another document', () => {
  it('POST of a copy of a published document with its row ids (the reported bug) creates a separate copy', async () => {
    let tried = 0
    // One profile per organisation: its copy is another organisation's, with other files (config-walk.ts).
    for (const collection of collections.filter((c) => hasRows(c.fields) && manyPerOrganisation(c))) {
      const { docs } = await t.payload.find({
        collection: collection.slug as never,
        where: collection.versions?.drafts ? { _status: { equals: 'published' } } : undefined,
        limit: 1,
        depth: 0,
        overrideAccess: true,
        context: ACROSS,
      })
      const source = docs[0] as Record<string, unknown> | undefined
      if (!source) continue
      const copy = (await sampleBody(t.payload, collection, `rows-${cases}`)).data
      const before = await state(collection.slug, source.id as number)
      // The careless client: every row keeps its id (sampleBody strips them; put them back).
      const withIds = JSON.parse(
        JSON.stringify(source, (key, value) => (key === 'id' && value === source.id ? undefined : value)),
      )
      for (const key of Object.keys(withIds)) if (!(key in copy)) delete withIds[key]
      const body = { ...copy, ...withIds, [titleOf(collection)]: copy[titleOf(collection)] }
      // What the copy made unique (a slug, a code, its own organisation) stays as the copy has it.
      for (const [key, value] of Object.entries(copy)) if (['string', 'number'].includes(typeof value) && value !== source[key]) body[key] = value
      const res = await rest.post(
        `/${collection.slug}`,
        collection.auth ? { ...body, email: copy.email, password: copy.password } : body,
      )
      cases++
      tried++
      expect(res.status, `${collection.slug}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(201)
      expect(await state(collection.slug, source.id as number), collection.slug).toEqual({
        ...before,
        count: before.count + 1,
        versions: res.body.doc && collection.versions ? before.versions + 1 : before.versions,
      })
      const rowIds = (doc: unknown): string[] => JSON.stringify(doc).match(/"id":"[0-9a-f]{24}"/g) ?? []
      const shared = rowIds(res.body.doc).filter((rowId) => rowIds(source).includes(rowId))
      expect(shared, collection.slug).toEqual([])
    }
    expect(tried).toBeGreaterThanOrEqual(6)
  })

  it('PATCH of one document with the row ids of another keeps both intact', async () => {
    const { docs } = await t.payload.find({
      collection: 'plans',
      where: { _status: { equals: 'published' } },
      limit: 2,
      depth: 0,
      overrideAccess: true,
      context: ACROSS,
    })
    const [a, b] = docs as unknown as Record<string, unknown>[]
    const aBefore = await state('plans', a!.id as number)
    const res = await rest.patch(`/plans/${b!.id}`, { projects: a!.projects, _status: 'draft' })
    cases++
    expect(res.status).toBe(200)
    expect(await state('plans', a!.id as number)).toEqual({ ...aBefore, versions: aBefore.versions + 1 })
  })
})

describe('saves at the same moment', () => {
  it('20 concurrent creates and updates all succeed (SQLite allows one writer: they queue)', async () => {
    const collection = t.payload.collections.news.config
    const sample = await sampleBody(t.payload, collection, 'concurrent')
    const before = (await t.payload.count({ collection: 'news', overrideAccess: true, context: ACROSS })).totalDocs
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? rest.post('/news', { ...sample.data, title: `ข่าวพร้อมกัน ${i}` })
          : rest.patch(`/news/${sample.source.id}`, { title: `ข่าวแก้พร้อมกัน ${i}` }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 201 : 200)))
    expect((await t.payload.count({ collection: 'news', overrideAccess: true, context: ACROSS })).totalDocs).toBe(before + 10)
  })
})
