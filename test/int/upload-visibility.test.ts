/**
 * uploadVisibilityPlugin on the app's config: a file is public (visitors may list,
 * populate and download it) exactly while a published, untrashed document uses it.
 * Publish, unpublish, a draft over a published document, a removed reference, two
 * documents sharing a file, trash, restore, delete, a nested reference, a rolled-back
 * transaction, the flag refused from clients, and the refresh at start-up.
 */
import type { CollectionConfig, Config, FlattenedField, Payload } from 'payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadVisibilityPlugin } from '@prongsai/upload-visibility'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { imageBuffer, pdfBuffer } from '../../seed/files'
import { copyOfPublished } from '../helpers/documents'
import { pngBlob, uploadForm } from '../helpers/files'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let payload: Payload
let rest: RestClient
let admin: RestClient
let n = 0

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  rest = new RestClient(t.config)
  admin = new RestClient(t.config)
  await admin.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
})

afterAll(async () => {
  await t?.cleanup()
})

interface File {
  id: number | string
  filename: string
  thumbnail?: string
}

async function newFile(kind: 'pdf' | 'png' = 'png'): Promise<File> {
  const data = kind === 'pdf' ? pdfBuffer() : await imageBuffer(400, 300, '#1d4e89')
  const doc = (await payload.create({
    collection: 'media',
    data: { alt: `ไฟล์ทดสอบ ${++n}` },
    file: {
      data,
      name: `visibility-${n}.${kind}`,
      mimetype: kind === 'pdf' ? 'application/pdf' : 'image/png',
      size: data.length,
    },
  })) as unknown as { id: number; filename: string; sizes?: { thumbnail?: { filename?: string } } }
  return { id: doc.id, filename: doc.filename, thumbnail: doc.sizes?.thumbnail?.filename ?? undefined }
}

async function isPublic(file: File): Promise<boolean> {
  const doc = await payload.findByID({ collection: 'media', id: file.id, depth: 0, overrideAccess: true })
  return (doc as unknown as { public?: boolean }).public === true
}

/** What a visitor gets for the file itself (and its thumbnail): the status codes. */
async function visitorFetch(file: File): Promise<number[]> {
  const names = [file.filename, ...(file.thumbnail ? [file.thumbnail] : [])]
  return Promise.all(names.map(async (name) => (await rest.get(`/media/file/${name}`, { token: null })).status))
}

type Slug = 'activities' | 'news' | 'organisations'

/** A copy of a published demo document, saved as a draft (never published), with `data` over it. */
async function draftCopy(slug: Slug, data: Record<string, unknown>): Promise<number | string> {
  const copy = await copyOfPublished(payload, slug, `uv-${++n}`)
  const doc = await payload.create({
    collection: slug,
    data: { ...copy, ...data, _status: 'draft' } as never,
    draft: true,
  })
  return doc.id
}

const publish = (slug: Slug, id: number | string, data: Record<string, unknown> = {}) =>
  payload.update({ collection: slug, id, data: { ...data, _status: 'published' } as never })
const unpublish = (slug: Slug, id: number | string) =>
  payload.update({ collection: slug, id, data: { _status: 'draft' } as never })
const saveDraft = (slug: Slug, id: number | string, data: Record<string, unknown>) =>
  payload.update({ collection: slug, id, data: data as never, draft: true })

/** Ids of media a document references, walked independently of the plugin (flattened fields). */
function mediaIn(fields: FlattenedField[], data: unknown, out: Set<string>) {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const value = record[field.name]
    if (field.type === 'upload' || field.type === 'relationship') {
      const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (!to.includes('media')) continue
      for (const item of Array.isArray(value) ? value : [value]) {
        const ref = Array.isArray(field.relationTo)
          ? (item as { relationTo?: string; value?: unknown } | null)?.relationTo === 'media'
            ? (item as { value: unknown }).value
            : undefined
          : item
        const id = ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref
        if (id !== null && id !== undefined) out.add(String(id))
      }
    } else if (field.type === 'group' || field.type === 'tab') {
      mediaIn(field.flattenedFields, value, out)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) mediaIn(field.flattenedFields, row, out)
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value as { blockType?: string }[]) {
        const block = (field.blocks ?? []).find((b) => b.slug === row?.blockType)
        if (block) mediaIn(block.flattenedFields, row, out)
      }
    }
  }
}

/** Every media id some published, untrashed document references (the Local API leaves the trash out). */
async function usedByPublished(): Promise<Set<string>> {
  const out = new Set<string>()
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-') || collection.upload) continue
    const { docs } = await payload.find({
      collection: collection.slug as never,
      where: collection.versions?.drafts ? { _status: { equals: 'published' } } : undefined,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) mediaIn(collection.flattenedFields, doc, out)
  }
  return out
}

async function flags(): Promise<Map<string, boolean>> {
  const { docs } = await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })
  return new Map(docs.map((d) => [String(d.id), (d as unknown as { public?: boolean }).public === true]))
}

describe('after the demo seed', () => {
  it('every file a published document uses is public, and no other', async () => {
    const used = await usedByPublished()
    const stored = await flags()
    expect(used.size).toBeGreaterThan(5)
    const wrong = [...stored].filter(([id, value]) => value !== used.has(id))
    expect(wrong).toEqual([])
    // Visitors list exactly those.
    const listed = await rest.get('/media?limit=1000&depth=0', { token: null })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((d: { id: number }) => String(d.id)).sort()).toEqual([...used].sort())
  })
})

describe('publishing and unpublishing', () => {
  it('a file is private until a published document uses it, and private again once it is unpublished', async () => {
    const file = await newFile()
    expect(await visitorFetch(file)).toEqual([403, 403])
    const id = await draftCopy('news', { coverImage: file.id })
    expect(await isPublic(file)).toBe(false)
    expect(await visitorFetch(file)).toEqual([403, 403])

    await publish('news', id)
    expect(await isPublic(file)).toBe(true)
    expect(await visitorFetch(file)).toEqual([200, 200])
    const populated = await rest.get(`/news/${id}?depth=1`, { token: null })
    expect(populated.body.coverImage).toMatchObject({ id: file.id, filename: file.filename })

    await unpublish('news', id)
    expect(await isPublic(file)).toBe(false)
    expect(await visitorFetch(file)).toEqual([403, 403])
    expect((await rest.get(`/media/${file.id}`, { token: null })).status).toBe(404)
    // Staff still read it.
    expect((await admin.get(`/media/${file.id}`)).status).toBe(200)
    expect((await admin.get(`/media/file/${file.filename}`)).status).toBe(200)
  })

  it('a draft saved over a published document does not publish its file; publishing it swaps the two', async () => {
    const [first, second] = [await newFile(), await newFile()]
    const id = await draftCopy('news', { coverImage: first.id })
    await publish('news', id)
    await saveDraft('news', id, { coverImage: second.id })
    expect([await isPublic(first), await isPublic(second)]).toEqual([true, false])
    // Another draft over it: the published row still uses the first file.
    await saveDraft('news', id, { coverImage: second.id, title: `ร่างที่สอง ${n}` })
    expect([await isPublic(first), await isPublic(second)]).toEqual([true, false])
    // Publishing the latest draft (which never mentioned the first file) drops the first.
    await publish('news', id)
    expect([await isPublic(first), await isPublic(second)]).toEqual([false, true])
  })

  it('removing the reference makes the file private', async () => {
    const file = await newFile()
    const id = await draftCopy('news', { coverImage: file.id })
    await publish('news', id)
    expect(await isPublic(file)).toBe(true)
    await publish('news', id, { coverImage: null })
    expect(await isPublic(file)).toBe(false)
  })

  it('a file used by two documents stays public while one of them is published', async () => {
    const [shared, other] = [await newFile(), await newFile()]
    const news = await draftCopy('news', { coverImage: shared.id })
    const activity = await draftCopy('activities', { photos: [other.id, shared.id] })
    await publish('news', news)
    await publish('activities', activity)
    expect([await isPublic(shared), await isPublic(other)]).toEqual([true, true])

    await unpublish('news', news)
    expect([await isPublic(shared), await isPublic(other)]).toEqual([true, true])
    await payload.delete({ collection: 'activities', id: activity })
    expect([await isPublic(shared), await isPublic(other)]).toEqual([false, false])
  })

  it('deleting, trashing and restoring the document that uses it', async () => {
    const file = await newFile()
    const id = await draftCopy('news', { coverImage: file.id })
    await publish('news', id)
    expect(await isPublic(file)).toBe(true)
    const trash = payload.collections.news.config.trash
    if (trash) {
      await payload.update({ collection: 'news', id, data: { deletedAt: new Date().toISOString() } as never })
      expect(await isPublic(file)).toBe(false)
      await payload.update({ collection: 'news', id, data: { deletedAt: null } as never, trash: true })
      expect(await isPublic(file)).toBe(true)
    }
    await payload.delete({ collection: 'news', id, trash: true })
    expect(await isPublic(file)).toBe(false)
  })

  it('a reference deep in the document (a named tab of the organisation profile) counts', async () => {
    const file = await newFile('pdf')
    const { docs } = await payload.find({ collection: 'organisations', limit: 1, depth: 0 })
    const profile = docs[0]!
    const before = (profile as unknown as { structure?: { politicalChart?: number | null } }).structure?.politicalChart
    await publish('organisations', profile.id, { structure: { ...profile.structure, politicalChart: file.id } })
    expect(await isPublic(file)).toBe(true)
    await publish('organisations', profile.id, { structure: { ...profile.structure, politicalChart: before ?? null } })
    expect(await isPublic(file)).toBe(false)
  })

  it('is set in the save’s transaction: a rolled-back publish leaves the file private', async () => {
    const file = await newFile()
    const id = await draftCopy('news', { coverImage: file.id })
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'news', id, data: { _status: 'published' } as never, req })
    const inside = await payload.findByID({ collection: 'media', id: file.id, depth: 0, req })
    expect((inside as unknown as { public: boolean }).public).toBe(true)
    await killTransaction(req)
    expect(await isPublic(file)).toBe(false)
  })
})

describe('the flag is the system’s', () => {
  it('clients cannot set it, through REST or the Local API', async () => {
    const created = await admin.post(
      '/media',
      uploadForm(await pngBlob(64, 48), `visibility-${++n}.png`, { alt: 'ตั้งเอง', public: true }),
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.public).toBe(false)
    const file = { id: created.body.doc.id, filename: created.body.doc.filename }
    const patched = await admin.patch(`/media/${file.id}`, { public: true, alt: 'แก้ไข' })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.public).toBe(false)
    await payload.update({ collection: 'media', id: file.id, data: { public: true } as never, overrideAccess: true })
    expect(await isPublic(file)).toBe(false)
    expect(await visitorFetch(file)).toEqual([403])
  })
})

describe('at start-up', () => {
  it('sets every flag again when the references changed since the last run', async () => {
    const expected = await flags()
    const [first, second] = [...expected.keys()]
    // Flags gone wrong behind the plugin's back (an old database, say), and no fingerprint yet.
    for (const id of [first!, second!]) {
      await payload.db.updateOne({ collection: 'media', id, data: { public: !expected.get(id) } })
    }
    await payload.db.deleteMany({ collection: 'payload-kv', where: { key: { like: 'upload-visibility' } } })
    await payload.config.onInit!(payload)
    expect(await flags()).toEqual(expected)
  })
})

describe('the plugin’s config', () => {
  const files = { slug: 'files', upload: true, fields: [{ name: 'alt', type: 'text' }] } as CollectionConfig
  const pages = {
    slug: 'pages',
    versions: { drafts: true },
    fields: [
      { name: 'title', type: 'text' },
      {
        type: 'tabs',
        tabs: [
          {
            name: 'body',
            fields: [{ name: 'rows', type: 'array', fields: [{ name: 'image', type: 'upload', relationTo: 'files' }] }],
          },
        ],
      },
    ],
  } as CollectionConfig
  const apply = (options: Parameters<typeof uploadVisibilityPlugin>[0], collections = [files, pages]) =>
    uploadVisibilityPlugin(options)({ collections } as Config) as Config

  it('adds the flag to the upload collection and the hooks to the collections that reference it', () => {
    const out = apply({})
    const [flagged, referrer] = out.collections!
    expect(flagged!.fields.at(-1)).toMatchObject({
      name: 'public',
      type: 'checkbox',
      admin: { readOnly: true, position: 'sidebar' },
    })
    expect(referrer!.hooks?.afterChange).toHaveLength(1)
    expect(referrer!.hooks?.afterDelete).toHaveLength(1)
    expect(referrer!.fields).toBe(pages.fields)
  })

  it('refuses what it cannot do, naming itself', () => {
    expect(() => apply({ collections: ['nope'] })).toThrow('[uploadVisibilityPlugin] no collection "nope"')
    expect(() => apply({ collections: ['pages'] })).toThrow(
      '[uploadVisibilityPlugin] "pages" is not an upload collection',
    )
    expect(() => apply({ referrers: ['nope'] })).toThrow('[uploadVisibilityPlugin] no referrer collection "nope"')
    expect(() => apply({ fieldName: 'alt' })).toThrow('[uploadVisibilityPlugin] "files" already has a field "alt"')
    expect(() => apply({ fieldName: 'not a name' })).toThrow('[uploadVisibilityPlugin] fieldName')
    expect(() => apply({}, [{ ...files, versions: { drafts: true } }, pages])).toThrow('has drafts')
  })

  it('changes nothing when disabled', () => {
    const config = { collections: [files, pages] } as Config
    expect(uploadVisibilityPlugin({ disabled: true })(config)).toBe(config)
  })
})
