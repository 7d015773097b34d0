/**
 * Nothing leaks (issue 10): anonymous clients see published documents only, on every
 * read path. The matrix comes from the config itself — every collection (Payload's own
 * included, which must be unreadable) × every read path (REST list, by id, `draft`,
 * `trash`, `depth` 0–3, searches, count, versions, the collection's own GET endpoints
 * such as upload files; GraphQL list, by id, count, versions; the root GET endpoints
 * such as the OIT ones; the public site's reads) — so a collection or endpoint added
 * later is covered without new test code.
 *
 * Secrets are planted as the system, each carrying a unique marker: (a) a never-published
 * draft, (b) a draft saved over a published document, (c) a published document that
 * references drafts, (d) a published document in the trash, (e) a published document
 * whose old version carried the marker; files used only by drafts, an unused file, an
 * account, entries of Payload's own collections. Every anonymous response is searched for
 * every marker; counts and marker searches must not reveal more than visitors may see.
 * One test collects every leak and fails with the whole list.
 *
 * Staff (issue 17): a member of every role (the options of the users' `roles`) in every
 * division that holds a secret, in one that holds none, and in none. For every reference
 * path of every collection (relationships and uploads, through groups, tabs and arrays)
 * that points at a secret some of them may not read, a published document points at it;
 * then a `where` through that path on the secret's marker (list with and without `draft`
 * and `trash`, count, versions), a sort by it (REST, GraphQL), and what lists and GraphQL
 * populate must not tell a caller anything of a secret they may not read, while a caller
 * who may read it still finds it. A search through a polymorphic relationship must stay
 * refused, and a join field fails the test until the oracle plants through joins too.
 */
import type { FlattenedField, Payload, SanitizedCollectionConfig, Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { imageBuffer, pdfBuffer } from '../../seed/files'
import { seed } from '../../seed/index'
import { sampleBody } from '../helpers/config-walk'
import { strip } from '../helpers/documents'
import { graphqlClient, graphqlNames, type SchemaSelections, schemaSelections } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient, type RestResponse } from '../helpers/rest'
import { inOrganisation } from '../../src/tenancy/currentOrganisation'
import { ofThisOrganisation } from '../../seed/scope'
import { TENANTS_SLUG } from '../../src/tenancy/slugs'

/** The test's own reads, every organisation's (src/tenancy/guardOrganisationReads.ts). */
const ACROSS = { acrossOrganisations: true }

// The public site's reads are cached by Next.js; outside a Next.js server they run as they are.
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  unstable_cache: (read: () => unknown) => read,
  revalidateTag: () => {},
}))

/** Reference data that is public by design: not planted, not checked. */
const PUBLIC_BY_DESIGN = new Set(['divisions'])
/** Every marker starts with this, so one `like` search finds any of them. */
const PREFIX = 'zqleak'

type Id = number | string
type Kind = 'a' | 'b' | 'c' | 'd' | 'e' | 'file' | 'orphan' | 'account' | 'entry'

const KIND_NAMES: Record<Kind, string> = {
  a: 'never-published draft',
  b: 'draft over a published document',
  c: 'published document referencing drafts',
  d: 'published document in the trash',
  e: 'old version of a published document',
  file: 'file used only by drafts',
  orphan: 'file used by nothing',
  account: 'user account',
  entry: 'entry of a non-public collection',
}

interface Secret {
  collection: string
  kind: Kind
  marker: string
  id?: Id
  /** Visitors may read the document itself (its published row); only the marker is secret. */
  rowIsPublic: boolean
  filenames?: string[]
}

let t: TestPayload
let payload: Payload
let anon: RestClient
let query: ReturnType<typeof graphqlClient>
let schema: SchemaSelections | undefined
/** Why GraphQL could not be checked (its schema did not build), if so. */
let schemaError: string | undefined
let adminId: Id
const secrets: Secret[] = []
/** What could not be planted, and why (reported, not hidden). */
const notPlanted: string[] = []
let serial = 0

const marker = (slug: string, kind: Kind) =>
  `${PREFIX}-${slug.replace(/[^a-z0-9]/gi, '').toLowerCase()}-${kind}-${(++serial).toString(36)}${Math.random().toString(36).slice(2, 7)}`

const configOf = (slug: string) =>
  (payload.collections as Record<string, { config: SanitizedCollectionConfig }>)[slug]!.config
const hasDrafts = (c: SanitizedCollectionConfig) => Boolean(c.versions && c.versions.drafts)
const isInternal = (c: SanitizedCollectionConfig) => c.slug.startsWith('payload-')

/** The text field a collection's marker goes in: its title if textual, else its first text field. */
function markerField(c: SanitizedCollectionConfig): string | undefined {
  if (c.upload) return c.flattenedFields.find((f) => f.name === 'alt') ? 'alt' : undefined
  const textual = (f: FlattenedField) => f.type === 'text' || f.type === 'textarea'
  const title = c.flattenedFields.find((f) => f.name === c.admin.useAsTitle)
  if (title && textual(title) && !('unique' in title && title.unique && c.auth)) return title.name
  return c.flattenedFields.find((f) => textual(f) && f.name !== 'id')?.name
}

/** The fields a marker search looks in: where markers were put (the marker field, a file's name, an e-mail). */
const searchFields = (c: SanitizedCollectionConfig) =>
  [...new Set([markerField(c), c.upload ? 'filename' : undefined, c.auth ? 'email' : undefined])].filter(
    (name): name is string => Boolean(name && c.flattenedFields.some((f) => f.name === name)),
  )

/** Rewrites every reference in a document's data (raw ids), through groups, tabs, arrays and blocks. */
function mapRefs(fields: FlattenedField[], data: unknown, fn: (to: string, id: Id) => Id) {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const value = record[field.name]
    if (field.type === 'upload' || field.type === 'relationship') {
      const one = (v: unknown): unknown => {
        if (v === null || v === undefined) return v
        if (Array.isArray(field.relationTo)) {
          const ref = v as { relationTo: string; value: Id }
          return { ...ref, value: fn(ref.relationTo, ref.value) }
        }
        return fn(field.relationTo as string, (v && typeof v === 'object' ? (v as { id: Id }).id : v) as Id)
      }
      record[field.name] = Array.isArray(value) ? value.map(one) : one(value)
    } else if (field.type === 'group' || field.type === 'tab') {
      mapRefs(field.flattenedFields, value, fn)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) mapRefs(field.flattenedFields, row, fn)
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value as { blockType?: string }[]) {
        const block = (field.blocks ?? []).find((b) => b.slug === row?.blockType)
        if (block) mapRefs(block.flattenedFields, row, fn)
      }
    }
  }
}

/** Reference paths (dotted) of a collection to other collections, for searches through them. */
function referencePaths(fields: FlattenedField[], prefix = ''): { path: string; to: string[] }[] {
  return fields.flatMap((field) => {
    if (field.type === 'upload' || field.type === 'relationship') {
      if (Array.isArray(field.relationTo)) return []
      return [{ path: `${prefix}${field.name}`, to: [field.relationTo as string] }]
    }
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      return referencePaths(field.flattenedFields, `${prefix}${field.name}.`)
    }
    return []
  })
}

/** References the searches above do not go through: polymorphic relationships and joins. */
function otherReferencePaths(fields: FlattenedField[], prefix = ''): { path: string; to: string[]; kind: string }[] {
  return fields.flatMap((field) => {
    if ((field.type === 'upload' || field.type === 'relationship') && Array.isArray(field.relationTo))
      return [{ path: `${prefix}${field.name}`, to: field.relationTo as string[], kind: 'polymorphic' }]
    if (field.type === 'join') {
      const to = Array.isArray(field.collection) ? field.collection : [field.collection]
      return [{ path: `${prefix}${field.name}`, to: to as string[], kind: 'join' }]
    }
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      return otherReferencePaths(field.flattenedFields, `${prefix}${field.name}.`)
    }
    return []
  })
}

// ---------------------------------------------------------------------------------------
// Planting
// ---------------------------------------------------------------------------------------

const mimeOf = new Map<string, string>()
let secretPng: Id
let secretPdf: Id

async function plantFile(slug: string, kind: 'file' | 'orphan', pdf: boolean): Promise<Id> {
  const mark = marker(slug, kind)
  const data = pdf ? pdfBuffer() : await imageBuffer(400, 300, '#7a1d1d')
  const doc = (await payload.create({
    collection: slug as never,
    data: { alt: mark } as never,
    file: {
      data,
      name: `${mark}.${pdf ? 'pdf' : 'png'}`,
      mimetype: pdf ? 'application/pdf' : 'image/png',
      size: data.length,
    },
  })) as unknown as { id: Id; filename: string; sizes?: Record<string, { filename?: null | string }> }
  const filenames = [doc.filename, ...Object.values(doc.sizes ?? {}).flatMap((s) => (s?.filename ? [s.filename] : []))]
  secrets.push({ collection: slug, kind, marker: mark, id: doc.id, rowIsPublic: false, filenames })
  return doc.id
}

/** A secret file of the same kind (image or PDF) as the file it replaces. */
const secretFileLike = (id: Id) => (mimeOf.get(String(id)) === 'application/pdf' ? secretPdf : secretPng)

/** A stripped, complete copy of a published document of the collection, unique fields made unique. */
async function copyOf(c: SanitizedCollectionConfig, tag: string): Promise<Record<string, unknown>> {
  const { data } = await sampleBody(payload, c, `copy${tag}${++serial}`)
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>
}

const draftIds = new Map<string, Id>()

async function plantDraftCollection(c: SanitizedCollectionConfig, phase: 1 | 2) {
  const field = markerField(c)
  if (!field) {
    notPlanted.push(`${c.slug}: no text field to carry a marker`)
    return
  }
  const attempt = async (kind: Kind, work: () => Promise<void>) => {
    try {
      await work()
    } catch (error) {
      notPlanted.push(`${c.slug} (${kind}) ${KIND_NAMES[kind]}: ${(error as Error).message.slice(0, 200)}`)
    }
  }
  if (phase === 1) {
    // (a) never published, using secret files where its source used files.
    await attempt('a', async () => {
      const mark = marker(c.slug, 'a')
      const data = await copyOf(c, 'a')
      mapRefs(c.flattenedFields, data, (to, id) => (configOf(to).upload ? secretFileLike(id) : id))
      const doc: { id: Id } = await payload.create({
        collection: c.slug as never,
        data: { ...data, [field]: mark, _status: 'draft' } as never,
        draft: true,
      })
      draftIds.set(c.slug, doc.id)
      secrets.push({ collection: c.slug, kind: 'a', marker: mark, id: doc.id, rowIsPublic: false })
    })
    // (b) a draft with a marker (and secret files) saved over a published document.
    await attempt('b', async () => {
      const mark = marker(c.slug, 'b')
      const { docs } = await payload.find({ context: ACROSS,
        collection: c.slug as never,
        where: { _status: { equals: 'published' } },
        limit: 1,
        depth: 0,
      })
      const published = docs[0] as Record<string, unknown> & { id: Id }
      if (!published) throw new Error('no published document to draft over')
      const data = strip(published) as Record<string, unknown>
      mapRefs(c.flattenedFields, data, (to, id) => (configOf(to).upload ? secretFileLike(id) : id))
      await payload.update({
        collection: c.slug as never,
        id: published.id,
        data: { ...data, [field]: mark } as never,
        draft: true,
      })
      secrets.push({ collection: c.slug, kind: 'b', marker: mark, id: published.id, rowIsPublic: true })
    })
    // (e) published with the marker, then published again without it: only an old version has it.
    await attempt('e', async () => {
      const mark = marker(c.slug, 'e')
      const data = await copyOf(c, 'e')
      const doc: { id: Id } = await payload.create({
        collection: c.slug as never,
        data: { ...data, [field]: mark, _status: 'published' } as never,
      })
      await payload.update({
        collection: c.slug as never,
        id: doc.id,
        data: { [field]: `ฉบับเผยแพร่ ${++serial}`, _status: 'published' } as never,
      })
      secrets.push({ collection: c.slug, kind: 'e', marker: mark, id: doc.id, rowIsPublic: true })
    })
    // (d) published, then moved to the trash.
    if (c.trash) {
      await attempt('d', async () => {
        const mark = marker(c.slug, 'd')
        const data = await copyOf(c, 'd')
        const doc: { id: Id } = await payload.create({
          collection: c.slug as never,
          data: { ...data, [field]: mark, _status: 'published' } as never,
        })
        await payload.update({
          collection: c.slug as never,
          id: doc.id,
          data: { deletedAt: new Date().toISOString() } as never,
        })
        secrets.push({ collection: c.slug, kind: 'd', marker: mark, id: doc.id, rowIsPublic: false })
      })
    }
    return
  }
  // (c) published, its references to collections with drafts pointing at their (a) drafts.
  const targets = referencePaths(c.flattenedFields).filter((p) =>
    p.to.some((to) => hasDrafts(configOf(to)) && draftIds.has(to)),
  )
  if (!targets.length) return
  await attempt('c', async () => {
    const mark = marker(c.slug, 'c')
    const data = await copyOf(c, 'c')
    mapRefs(c.flattenedFields, data, (to, id) => (hasDrafts(configOf(to)) && draftIds.has(to) ? draftIds.get(to)! : id))
    const doc: { id: Id } = await payload.create({
      collection: c.slug as never,
      data: { ...data, _status: 'published' } as never,
    })
    // The document is public; what it points at is not. Its own marker only names it in reports.
    secrets.push({ collection: c.slug, kind: 'c', marker: mark, id: doc.id, rowIsPublic: true })
  })
}

async function plantOther(c: SanitizedCollectionConfig) {
  try {
    if (c.upload) {
      // The draft-only files were planted first (the drafts use them); one more nobody uses.
      await plantFile(c.slug, 'orphan', false)
      return
    }
    if (c.auth) {
      const mark = marker(c.slug, 'account')
      const field = markerField(c)
      const doc: { id: Id } = await payload.create({
        collection: c.slug as never,
        data: {
          email: `${mark}@example.go.th`,
          password: 'a-long-test-password-1',
          ...(field && field !== 'email' ? { [field]: mark } : {}),
          ...(c.flattenedFields.some((f) => f.name === 'name') ? { name: mark } : {}),
        } as never,
      })
      secrets.push({ collection: c.slug, kind: 'account', marker: mark, id: doc.id, rowIsPublic: false })
      return
    }
    if (isInternal(c)) {
      await plantInternal(c)
      return
    }
    // Any other collection without drafts is not public: a copy of one of its entries, marked.
    const field = markerField(c)
    if (!field) throw new Error('no text field to carry a marker')
    const mark = marker(c.slug, 'entry')
    const data = await copyOf(c, 'entry')
    const doc: { id: Id } = await payload.create({
      collection: c.slug as never,
      data: { ...data, [field]: mark } as never,
    })
    secrets.push({ collection: c.slug, kind: 'entry', marker: mark, id: doc.id, rowIsPublic: false })
  } catch (error) {
    notPlanted.push(`${c.slug}: ${(error as Error).message.slice(0, 200)}`)
  }
}

/** Payload's own collections: an entry carrying a marker where Payload lets us write one. */
async function plantInternal(c: SanitizedCollectionConfig) {
  const mark = marker(c.slug, 'entry')
  const someDraft = [...draftIds][0]
  const recipes: Record<string, () => Promise<unknown>> = {
    // Preferences belong to the user who saves them.
    'payload-preferences': async () =>
      payload.create({
        collection: c.slug as never,
        data: { key: mark, value: { note: mark } } as never,
        user: { ...(await payload.findByID({ collection: 'users', id: adminId })), collection: 'users' } as never,
      }),
    'payload-locked-documents': () =>
      payload.create({
        collection: c.slug as never,
        data: {
          globalSlug: mark,
          document: someDraft ? { relationTo: someDraft[0], value: someDraft[1] } : undefined,
          user: { relationTo: 'users', value: adminId },
        } as never,
      }),
    'payload-kv': async () => {
      await payload.kv.set(mark, { note: mark })
      const { docs } = await payload.find({ context: ACROSS, collection: c.slug as never, where: { key: { equals: mark } }, limit: 1 })
      return docs[0]
    },
    'payload-jobs': () =>
      payload.create({ collection: c.slug as never, data: { queue: mark, input: { note: mark } } as never }),
    'payload-migrations': () =>
      payload.create({ collection: c.slug as never, data: { name: mark, batch: 999 } as never }),
  }
  const recipe = recipes[c.slug]
  if (!recipe) {
    notPlanted.push(`${c.slug}: Payload collection without a recipe; checked unreadable without a marker`)
    return
  }
  const doc = (await recipe()) as { id: Id } | undefined
  secrets.push({ collection: c.slug, kind: 'entry', marker: mark, id: doc?.id, rowIsPublic: false })
}

// ---------------------------------------------------------------------------------------
// Reading, anonymously
// ---------------------------------------------------------------------------------------

interface Leak {
  collection: string
  path: string
  what: string
}

const leaks: Leak[] = []
const pairs = new Set<string>()
const requests = { rest: 0, graphql: 0, site: 0 }

/** Records the (collection, path) pair and every marker the body reveals. */
function scan(collection: string, path: string, url: string, body: unknown) {
  pairs.add(`${collection}\t${path}`)
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? null)
  if (!text?.includes(PREFIX)) return
  for (const secret of secrets) {
    if (text.includes(secret.marker)) {
      leaks.push({
        collection,
        path: url,
        what: `${secret.collection} ${KIND_NAMES[secret.kind]} (${secret.marker})`,
      })
    }
  }
}

/**
 * Whether a 200 hands the planted document (or file) over: its id in the answer, or a
 * file's bytes. A 200 that says "not found" (Payload's preferences do) reveals nothing.
 */
function handsOver(res: RestResponse, secret: Secret): boolean {
  if (res.status !== 200) return false
  const body = res.body as { id?: Id; doc?: { id?: Id } } | string | undefined
  if (typeof body === 'string') return body.length > 0
  return String(body?.id ?? body?.doc?.id) === String(secret.id)
}

function leak(collection: string, url: string, what: string) {
  leaks.push({ collection, path: url, what })
}

/** How many documents a visitor may see: published (drafts), public files, nothing otherwise. */
const visible = new Map<string, number>()
async function visibleCount(c: SanitizedCollectionConfig): Promise<number> {
  if (hasDrafts(c)) {
    return (await payload.count({ collection: c.slug as never, where: { _status: { equals: 'published' } }, context: ACROSS })).totalDocs
  }
  if (c.upload && c.flattenedFields.some((f) => f.name === 'public')) {
    return (await payload.count({ collection: c.slug as never, where: { public: { equals: true } }, context: ACROSS })).totalDocs
  }
  return 0
}

async function rest(collection: string, path: string, url: string, init?: { override?: string }) {
  requests.rest++
  const res: RestResponse = init?.override
    ? await anon.request('POST', url, {
        token: null,
        rawBody: init.override,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
      })
    : await anon.get(url, { token: null })
  scan(collection, path, url, res.body)
  return res
}

/** A list or count answered 200 must not count more than visitors may see. */
function checkTotal(c: SanitizedCollectionConfig, url: string, res: RestResponse, search = false) {
  if (res.status !== 200 || typeof res.body?.totalDocs !== 'number') return
  const limit = search ? 0 : visible.get(c.slug)!
  if (res.body.totalDocs > limit) {
    leak(c.slug, url, `totalDocs ${res.body.totalDocs} > ${limit} visitors may see${search ? ' (marker search)' : ''}`)
  }
}

const likeQuery = (fields: string[], op = 'like', value = PREFIX) =>
  fields.map((f, i) => `where[or][${i}][${f}][${op}]=${encodeURIComponent(value)}`).join('&')

async function restPaths(c: SanitizedCollectionConfig) {
  const base = `/${c.slug}`
  const list = async (path: string, qs: string, search = false) => {
    const url = `${base}?limit=1000&${qs}`
    checkTotal(c, url, await rest(c.slug, `GET /:slug?${path}`, url), search)
  }
  for (const depth of [0, 1, 2, 3]) {
    await list(`depth=${depth}`, `depth=${depth}`)
    await list(`draft=true&depth=${depth}`, `draft=true&depth=${depth}`)
  }
  await list('trash=true', 'trash=true&depth=2')
  await list('trash=true&draft=true', 'trash=true&draft=true&depth=2')
  const fields = searchFields(c)
  if (fields.length) {
    for (const extra of ['', '&draft=true', '&trash=true', '&draft=true&trash=true']) {
      await list(`where[text fields][like]=marker${extra}`, `${likeQuery(fields)}${extra}`, true)
    }
    await list('where[text fields][contains]=marker', likeQuery(fields, 'contains'), true)
  }
  // Asking for drafts by status finds none.
  if (hasDrafts(c)) {
    for (const extra of ['', '&draft=true', '&trash=true']) {
      await list(`where[_status][equals]=draft${extra}`, `where[_status][equals]=draft${extra}`, true)
    }
  }
  // Searches through references: a published document must not reveal what a draft it points at says.
  for (const ref of referencePaths(c.flattenedFields)) {
    const target = configOf(ref.to[0]!)
    const field = markerField(target)
    if (!field || PUBLIC_BY_DESIGN.has(target.slug)) continue
    for (const extra of ['', '&draft=true']) {
      const url = `${base}?limit=1000&where[${ref.path}.${field}][like]=${PREFIX}${extra}`
      checkTotal(c, url, await rest(c.slug, `GET /:slug?where[reference.text][like]=marker${extra}`, url), true)
    }
  }
  {
    const url = `${base}`
    const res = await rest(c.slug, 'POST /:slug (method override GET, draft, depth=3)', url, {
      override: `limit=1000&draft=true&depth=3`,
    })
    checkTotal(c, url, res)
  }
  // Counts.
  for (const extra of ['', 'draft=true', 'trash=true']) {
    const url = `${base}/count?${extra}`
    checkTotal(c, url, await rest(c.slug, `GET /:slug/count?${extra}`, url))
  }
  if (fields.length) {
    for (const extra of ['', '&draft=true', '&trash=true']) {
      const url = `${base}/count?${likeQuery(fields)}${extra}`
      checkTotal(c, url, await rest(c.slug, `GET /:slug/count?where[like]=marker${extra}`, url), true)
    }
  }
  // By id: every planted document of the collection.
  for (const secret of secrets.filter((s) => s.collection === c.slug && s.id !== undefined)) {
    for (const qs of ['', 'draft=true', 'trash=true', 'depth=3', 'draft=true&trash=true&depth=3']) {
      const url = `${base}/${secret.id}?${qs}`
      const res = await rest(c.slug, `GET /:slug/:id?${qs}`, url)
      if (!secret.rowIsPublic && handsOver(res, secret)) leak(c.slug, url, `${KIND_NAMES[secret.kind]} handed over`)
    }
  }
  // Versions: the list, searches in it, and every version of every planted document.
  for (const qs of ['', 'depth=3', 'draft=true', 'trash=true']) {
    const url = `${base}/versions?limit=1000&${qs}`
    checkTotal(c, url, await rest(c.slug, `GET /:slug/versions?${qs}`, url), true)
  }
  if (fields.length && c.versions) {
    const url = `${base}/versions?limit=1000&${likeQuery(fields.map((f) => `version.${f}`))}`
    checkTotal(c, url, await rest(c.slug, 'GET /:slug/versions?where[version.text][like]=marker', url), true)
  }
  if (c.versions) {
    const mine = secrets.filter((s) => s.collection === c.slug && s.id !== undefined)
    const { docs } = await payload.findVersions({ context: ACROSS,
      collection: c.slug as never,
      where: { parent: { in: mine.map((s) => s.id) } },
      pagination: false,
      trash: true,
    })
    for (const version of docs) {
      for (const qs of ['', 'depth=3']) {
        const url = `${base}/versions/${version.id}?${qs}`
        const res = await rest(c.slug, `GET /:slug/versions/:id?${qs}`, url)
        if (res.status === 200 && String(res.body?.id) === String(version.id))
          leak(c.slug, url, 'a version handed over')
      }
    }
  } else {
    await rest(c.slug, 'GET /:slug/versions/:id', `${base}/versions/1`)
  }
  // The collection's own GET endpoints (upload files, auth, …), with each planted secret's values for their parameters.
  const defaults = new Set(['/', '/:id', '/count', '/versions', '/versions/:id'])
  const mine = secrets.filter((s) => s.collection === c.slug)
  const valuesOf = (secret: Secret): Record<string, string[]> => ({
    id: secret.id === undefined ? [] : [String(secret.id)],
    filename: secret.filenames ?? [],
    key: [secret.marker],
  })
  for (const endpoint of c.endpoints || []) {
    if (endpoint.method !== 'get' || defaults.has(endpoint.path)) continue
    const params = [...endpoint.path.matchAll(/:(\w+)\??/g)].map((m) => m[1]!)
    if (!params.length) {
      await rest(c.slug, `GET /:slug${endpoint.path}`, `${base}${endpoint.path}`)
      continue
    }
    if (params.some((p) => !(p in valuesOf(mine[0] ?? ({} as Secret))))) {
      notPlanted.push(`${c.slug}: GET ${endpoint.path} not requested (no value for its parameters)`)
      continue
    }
    for (const secret of mine) {
      const values = valuesOf(secret)
      const paths = params.reduce<string[]>(
        (acc, p) =>
          acc.flatMap((u) => values[p]!.map((v) => u.replace(new RegExp(`:${p}\\??`), encodeURIComponent(v)))),
        [endpoint.path],
      )
      for (const path of paths) {
        const url = `${base}${path}`
        const res = await rest(c.slug, `GET /:slug${endpoint.path}`, url)
        if (!secret.rowIsPublic && handsOver(res, secret)) leak(c.slug, url, `${KIND_NAMES[secret.kind]} handed over`)
      }
    }
  }
}

async function graphqlPaths(c: SanitizedCollectionConfig, schema: SchemaSelections) {
  const names = graphqlNames(c)
  if (!names) return
  if (!schema.queries.has(names.plural)) {
    // Queries disabled, or our names are wrong: the latter must not go unnoticed.
    if ((c.graphQL as { disableQueries?: boolean } | undefined)?.disableQueries) return
    leak(c.slug, `graphql ${names.plural}`, 'query name not in the schema: the suite could not check GraphQL')
    return
  }
  const typeName = schema.typeOf(names.singular) ?? names.singular
  const run = async (path: string, source: string, totalCheck?: { search: boolean }) => {
    requests.graphql++
    const result = await query(source)
    scan(c.slug, `graphql ${path}`, source.slice(0, 160), { data: result.data, errors: result.errors })
    if (totalCheck) {
      const first = result.data && (Object.values(result.data)[0] as { totalDocs?: number } | null)
      const limit = totalCheck.search ? 0 : visible.get(c.slug)!
      if (first && typeof first.totalDocs === 'number' && first.totalDocs > limit) {
        leak(c.slug, `graphql ${path}`, `totalDocs ${first.totalDocs} > ${limit} visitors may see`)
      }
    }
    return result
  }
  const fields = searchFields(c)
  const where = fields.length
    ? `where: { OR: [${fields.map((f) => `{ ${f}: { like: "${PREFIX}" } }`).join(' ')}] }`
    : ''
  for (const flags of ['', 'draft: true', 'trash: true', 'draft: true, trash: true']) {
    const draftArg = flags.includes('draft')
      ? (args: string[]) => (args.includes('draft') ? '(draft: true)' : '')
      : undefined
    const selection = schema.select(typeName, 4, draftArg)
    await run(
      `${names.plural}(${flags})`,
      `{ ${names.plural}(limit: 1000 ${flags}) { totalDocs docs { ${selection} } } }`,
      {
        search: false,
      },
    )
    if (where) {
      await run(
        `${names.plural}(where like marker ${flags})`,
        `{ ${names.plural}(limit: 1000 ${flags} ${where}) { totalDocs docs { ${selection} } } }`,
        {
          search: true,
        },
      )
    }
  }
  const count = `count${names.plural}`
  if (schema.queries.has(count)) {
    await run(`${count}`, `{ ${count} { totalDocs } }`, { search: false })
    await run(`${count}(draft: true)`, `{ ${count}(draft: true) { totalDocs } }`, { search: false })
    if (where)
      await run(`${count}(where like marker)`, `{ ${count}(draft: true ${where}) { totalDocs } }`, { search: true })
  }
  for (const secret of secrets.filter((s) => s.collection === c.slug && s.id !== undefined)) {
    for (const flags of ['', 'draft: true', 'trash: true', 'draft: true, trash: true']) {
      const draftArg = flags.includes('draft')
        ? (args: string[]) => (args.includes('draft') ? '(draft: true)' : '')
        : undefined
      const id = typeof secret.id === 'number' ? secret.id : JSON.stringify(secret.id)
      const result = await run(
        `${names.singular}(id, ${flags})`,
        `{ ${names.singular}(id: ${id} ${flags ? `, ${flags}` : ''}) { ${schema.select(typeName, 4, draftArg)} } }`,
      )
      const doc = result.data?.[names.singular]
      if (!secret.rowIsPublic && doc)
        leak(c.slug, `graphql ${names.singular}(id: ${id}, ${flags})`, `${KIND_NAMES[secret.kind]} answered`)
    }
  }
  const versions = `versions${names.plural}`
  if (schema.queries.has(versions)) {
    const versionType = schema.typeOf(`version${names.singular}`)
    const selection = versionType ? schema.select(versionType, 4) : 'id'
    await run(versions, `{ ${versions}(limit: 1000) { totalDocs docs { ${selection} } } }`, { search: true })
    const mine = secrets.filter((s) => s.collection === c.slug && s.id !== undefined)
    const { docs } = await payload.findVersions({ context: ACROSS,
      collection: c.slug as never,
      where: { parent: { in: mine.map((s) => s.id) } },
      pagination: false,
      trash: true,
    })
    for (const version of docs) {
      const result = await run(
        `version${names.singular}(id)`,
        `{ version${names.singular}(id: ${JSON.stringify(version.id)}) { ${selection} } }`,
      )
      if (result.data?.[`version${names.singular}`])
        leak(c.slug, `graphql version${names.singular}(id: ${version.id})`, 'a version answered')
    }
  }
}

/** The root GET endpoints (the OIT ones and any added later), with known values for their parameters. */
async function rootEndpoints() {
  const years = (
    (payload.config.custom as { oit?: { frameworks?: { year: number }[] } } | undefined)?.oit?.frameworks ?? []
  ).map((f) => String(f.year))
  const values: Record<string, string[]> = { year: years }
  for (const endpoint of payload.config.endpoints ?? []) {
    if (endpoint.method !== 'get') continue
    const params = [...endpoint.path.matchAll(/:(\w+)\??/g)].map((m) => m[1]!)
    if (params.some((p) => !values[p]?.length)) {
      notPlanted.push(`GET ${endpoint.path}: not requested (no value for its parameters)`)
      continue
    }
    const urls = params.reduce<string[]>(
      (acc, p) => acc.flatMap((u) => values[p]!.map((v) => u.replace(new RegExp(`:${p}\\??`), v))),
      [endpoint.path],
    )
    for (const path of urls) {
      for (const qs of ['', 'format=json', 'format=csv', 'draft=true', 'trash=true']) {
        await rest('(root)', `GET ${endpoint.path}?${qs}`, `${path}?${qs}`)
      }
    }
  }
}

/** The public site's reads (anonymous Local API): lists, documents, search, the OIT pages. */
async function siteReads() {
  const site = await import('../../src/site/data')
  const { siteCollections } = await import('../../src/site/collections')
  const read = async (collection: string, path: string, work: () => Promise<unknown>) => {
    requests.site++
    scan(collection, `site ${path}`, `site ${path}`, await work())
  }
  await read('(site)', 'organisation()', () => site.organisation())
  await read('(site)', 'executives()', () => site.executives())
  await read('(site)', 'latestNews()', () => site.latestNews(100))
  await read('(site)', `search(${PREFIX})`, () => site.search(PREFIX, 1000))
  for (const collection of siteCollections(payload)) {
    const first = await site.listDocuments(collection.slug)
    for (let page = 1; page <= (first?.totalPages ?? 1); page++) {
      await read(collection.slug, 'listDocuments(page)', () => site.listDocuments(collection.slug, { page }))
    }
    await read(collection.slug, 'fiscalYearsOf()', () => site.fiscalYearsOf(collection.slug))
    for (const secret of secrets.filter((s) => s.collection === collection.slug && s.id !== undefined)) {
      const doc = await site.getDocument(collection.slug, String(secret.id))
      scan(collection.slug, 'site getDocument(id)', `site getDocument(${collection.slug}, ${secret.id})`, doc)
      if (!secret.rowIsPublic && doc)
        leak(collection.slug, `site getDocument(${secret.id})`, `${KIND_NAMES[secret.kind]} shown`)
    }
  }
  for (const framework of await site.frameworks()) {
    for (const item of framework.items) {
      await read(item.category.collection, 'itemDocuments(year, item)', () => site.itemDocuments(framework.year, item))
    }
  }
}

// ---------------------------------------------------------------------------------------
// Staff: what a search through a relationship may test (issue 17, item 4)
// ---------------------------------------------------------------------------------------

/** A signed-in staff member of one role and one division (or none). */
interface Caller {
  label: string
  token: string
  /** The account with the caller's role and division (as the database will have it once entered). */
  user: Record<string, unknown> & { id: Id; collection: string; divisions: Id[] }
  rest: RestClient
}

/** A document that points, through one reference path, at a planted secret. */
interface Referrer {
  collection: string
  path: string
  secret: Secret
  id: Id
}

const staffLeaks: Leak[] = []
const staffLeak = (collection: string, url: string, what: string) => staffLeaks.push({ collection, path: url, what })
const STAFF_PASSWORD = 'Leak-staff-k8Qz!2569'
const callers: Caller[] = []
const referrers: Referrer[] = []
const staffRequests = { rest: 0, graphql: 0 }
/** Every (caller, collection, reference path, secret the caller may not read) searched. */
const staffChecks = new Set<string>()
/** Those where the caller reads a document that points at the secret: a search through it would answer. */
const armed = new Set<string>()
/** Reference paths that pointed at a secret some caller may not read (must each be armed at least once). */
const oraclePaths = new Set<string>()
/** (caller, secret) → whether the caller may read the secret's marker directly. */
const seesCache = new Map<string, boolean>()

/** The auth collection staff sign in to, its roles (options of `roles`) and its divisions (the collection `divisions` points at). */
function staffModel() {
  const users = configOf(payload.config.admin.user)
  const roles = users.flattenedFields.find((f) => f.name === 'roles')
  const divisions = users.flattenedFields.find((f) => f.name === 'divisions')
  if (!roles || roles.type !== 'select' || !divisions || divisions.type !== 'relationship')
    throw new Error(`${users.slug}: no roles select or divisions relationship to enumerate staff by`)
  return {
    users,
    roles: roles.options.map((o) => (typeof o === 'string' ? o : o.value)),
    divisions: divisions.relationTo as string,
  }
}

/** Sets a reference at a dotted path of a document's data (groups, tabs, the first row of an array). */
function setRef(fields: FlattenedField[], data: Record<string, unknown>, path: string, id: Id): boolean {
  const [head, ...rest] = path.split('.')
  const field = fields.find((f) => f.name === head)
  if (!field || !head) return false
  if (!rest.length) {
    data[head] = 'hasMany' in field && field.hasMany ? [id] : id
    return true
  }
  if (field.type === 'group' || field.type === 'tab') {
    data[head] = { ...((data[head] as Record<string, unknown> | undefined) ?? {}) }
    return setRef(field.flattenedFields, data[head] as Record<string, unknown>, rest.join('.'), id)
  }
  if (field.type === 'array') {
    const rows = data[head]
    if (!Array.isArray(rows) || !rows.length) return false
    return setRef(field.flattenedFields, rows[0] as Record<string, unknown>, rest.join('.'), id)
  }
  return false
}

/** Ids of the divisions a planted document belongs to (its relationships to the divisions collection). */
async function divisionsOfSecret(secret: Secret, divisions: string): Promise<Id[]> {
  const c = configOf(secret.collection)
  const doc = (await payload.findByID({
    collection: c.slug as never,
    id: secret.id!,
    draft: hasDrafts(c),
    trash: true,
    depth: 0,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!doc) return []
  return c.flattenedFields
    .filter((f) => f.type === 'relationship' && f.relationTo === divisions)
    .flatMap((f) => [doc[f.name]].flat())
    .filter((v): v is Id => typeof v === 'number' || typeof v === 'string')
}

/**
 * Staff of every role in: every division a planted secret belongs to, one division holding
 * none, and no division (one signed-in account per role, moved between divisions).
 */
async function createCallers() {
  const model = staffModel()
  const held = new Set<string>()
  for (const s of secrets.filter((s) => s.id !== undefined && s.kind !== 'c'))
    for (const id of await divisionsOfSecret(s, model.divisions)) held.add(String(id))
  // The organisation's the suite plants in (inOrganisation): another's divisions are not its staff's.
  const all = (await payload.find({ context: ACROSS, collection: model.divisions as never, where: ofThisOrganisation(), pagination: false, depth: 0 }))
    .docs as unknown as (Record<string, unknown> & { id: Id })[]
  const title = configOf(model.divisions).admin.useAsTitle
  const chosen: (Id | null)[] = [
    ...all.filter((d) => held.has(String(d.id))).map((d) => d.id),
    ...all
      .filter((d) => !held.has(String(d.id)))
      .slice(0, 1)
      .map((d) => d.id),
    null,
  ]
  const nameOf = (id: Id | null) => (id === null ? 'none' : String(all.find((d) => d.id === id)?.[title ?? 'id'] ?? id))
  // One account per role, signed in once; its division changes between rounds (Payload loads
  // the user from the database on every request, so the next request has the new division).
  for (const role of model.roles) {
    const email = `staff-${role}@example.go.th`
    const account = (await payload.create({
      collection: model.users.slug as never,
      data: { email, password: STAFF_PASSWORD, name: `staff ${role}`, roles: [role], divisions: [] } as never,
    })) as unknown as Record<string, unknown> & { id: Id }
    const client = new RestClient(t.config)
    const token = await client.login(email, STAFF_PASSWORD)
    for (const division of chosen) {
      callers.push({
        label: `${role}/${nameOf(division)}`,
        token,
        rest: client,
        user: { ...account, collection: model.users.slug, divisions: division === null ? [] : [division] },
      })
    }
  }
}

/** Puts the caller's account in the caller's division before its requests. */
async function enter(caller: Caller) {
  await payload.update({
    collection: caller.user.collection as never,
    id: caller.user.id,
    data: { divisions: caller.user.divisions } as never,
  })
}

/** Whether the caller may read the secret's marker by asking for the document itself (any flags). */
async function callerSees(caller: Caller, secret: Secret): Promise<boolean> {
  const key = `${caller.label}\t${secret.marker}`
  if (seesCache.has(key)) return seesCache.get(key)!
  const c = configOf(secret.collection)
  const fields = searchFields(c)
  const where: Where = {
    and: [{ id: { equals: secret.id } }, { or: fields.map((f) => ({ [f]: { like: secret.marker } })) }],
  }
  let sees = false
  for (const draft of hasDrafts(c) ? [false, true] : [false]) {
    const found = await payload.find({ context: ACROSS,
      collection: c.slug as never,
      where,
      draft,
      trash: true,
      depth: 0,
      limit: 1,
      user: caller.user,
      overrideAccess: false,
    })
    if (found.totalDocs > 0) sees = true
  }
  // An old version carrying the marker, for callers who may read versions.
  if (!sees && c.versions) {
    const versions = await payload.findVersions({ context: ACROSS,
      collection: c.slug as never,
      where: {
        and: [
          { parent: { equals: secret.id } },
          { or: fields.map((f) => ({ [`version.${f}`]: { like: secret.marker } })) },
        ],
      },
      trash: true,
      depth: 0,
      limit: 1,
      user: caller.user,
      overrideAccess: false,
    })
    sees = versions.totalDocs > 0
  }
  seesCache.set(key, sees)
  return sees
}

/** Whether the caller may not read the secret's document at all (any flags): then nothing may be sorted by it. */
async function rowHidden(caller: Caller, secret: Secret): Promise<boolean> {
  const c = configOf(secret.collection)
  for (const draft of hasDrafts(c) ? [false, true] : [false]) {
    const found = await payload.find({ context: ACROSS,
      collection: c.slug as never,
      where: { id: { equals: secret.id } },
      draft,
      trash: true,
      depth: 0,
      limit: 1,
      user: caller.user,
      overrideAccess: false,
    })
    if (found.totalDocs > 0) return false
  }
  return true
}

/**
 * For every reference path of every collection to a secret that some caller may not read:
 * a document (published where the collection has drafts, so every caller reads it) that
 * points at that secret through that path.
 */
async function plantReferrers(c: SanitizedCollectionConfig) {
  for (const ref of referencePaths(c.flattenedFields)) {
    const target = configOf(ref.to[0]!)
    if (PUBLIC_BY_DESIGN.has(target.slug) || !markerField(target)) continue
    // A document's organisation is the boundary of access itself: what a caller reads is of an
    // organisation they read, so no document they read can point at one they may not
    // (reads across organisations: test/int/organisations.test.ts).
    if (target.slug === TENANTS_SLUG) continue
    for (const secret of secrets.filter((s) => s.collection === target.slug && s.id !== undefined && s.kind !== 'c')) {
      let hidden = false
      for (const caller of callers) if (!(await callerSees(caller, secret))) hidden = true
      if (!hidden) continue
      oraclePaths.add(`${c.slug}.${ref.path}`)
      try {
        const data = await copyOf(c, 'ref')
        if (!setRef(c.flattenedFields, data, ref.path, secret.id!))
          throw new Error('no place for the reference in a copy')
        const doc: { id: Id } = await payload.create({
          collection: c.slug as never,
          data: { ...data, ...(hasDrafts(c) ? { _status: 'published' } : {}) } as never,
        })
        referrers.push({ collection: c.slug, path: ref.path, secret, id: doc.id })
        // Published, and pointing at a secret: the anonymous suite checks it too.
        if (hasDrafts(c))
          secrets.push({ collection: c.slug, kind: 'c', marker: marker(c.slug, 'c'), id: doc.id, rowIsPublic: true })
      } catch (error) {
        notPlanted.push(
          `${c.slug}.${ref.path} → ${target.slug} ${KIND_NAMES[secret.kind]} (staff oracle): ${(error as Error).message.slice(0, 160)}`,
        )
      }
    }
  }
}

/** Records a staff leak (every marker of a secret the caller may not read, found in a body, is one). */
async function staffScan(caller: Caller, collection: string, url: string, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? null)
  if (!text?.includes(PREFIX)) return
  for (const secret of new Set(referrers.map((r) => r.secret))) {
    if (text.includes(secret.marker) && !(await callerSees(caller, secret)))
      staffLeak(
        collection,
        `${caller.label} ${url}`,
        `${secret.collection} ${KIND_NAMES[secret.kind]} (${secret.marker})`,
      )
  }
}

async function staffGet(caller: Caller, collection: string, url: string) {
  staffRequests.rest++
  const res = await caller.rest.get(url, { token: caller.token })
  await staffScan(caller, collection, url, res.body)
  return res
}

/** Ids of the referrer's collection that a search as the system finds (what the database holds). */
async function systemMatches(c: SanitizedCollectionConfig, where: Where, draft: boolean): Promise<string[]> {
  const { docs } = await payload.find({ context: ACROSS,
    collection: c.slug as never,
    where,
    draft,
    trash: true,
    pagination: false,
    depth: 0,
  })
  return docs.map((d) => String((d as { id: Id }).id))
}

/**
 * One caller, one referrer: searches through its reference path for the secret's marker
 * (lists with every flag, counts, versions) find nothing when the caller may not read the
 * secret, and find what the caller reads when they may; sorting by the secret's field is
 * refused when the caller may not read it.
 */
async function oracle(caller: Caller, referrer: Referrer) {
  const c = configOf(referrer.collection)
  const target = configOf(referrer.secret.collection)
  const field = markerField(target)!
  const path = `${referrer.path}.${field}`
  const m = referrer.secret.marker
  const base = `/${c.slug}`
  const sees = await callerSees(caller, referrer.secret)
  const key = `${caller.label}\t${c.slug}.${referrer.path}\t${referrer.secret.kind}`
  const readsReferrer =
    (await staffGet(caller, c.slug, `${base}/${referrer.id}?draft=true&trash=true&depth=0`)).status === 200
  const where: Where = { [path]: { like: m } }
  if (!sees) staffChecks.add(key)
  for (const extra of ['', '&draft=true', '&trash=true', '&draft=true&trash=true']) {
    const url = `${base}?limit=1000&depth=0&where[${path}][like]=${encodeURIComponent(m)}${extra}`
    const res = await staffGet(caller, c.slug, url)
    const found = ((res.body?.docs ?? []) as { id: Id }[]).map((d) => String(d.id))
    const inDatabase = (await systemMatches(c, where, extra.includes('draft'))).includes(String(referrer.id))
    if (!sees) {
      if (readsReferrer && inDatabase) armed.add(key)
      if (res.status === 200 && (res.body?.totalDocs ?? 0) > 0)
        staffLeak(
          c.slug,
          `${caller.label} ${url}`,
          `totalDocs ${res.body.totalDocs}: a search through ${referrer.path} tests ${target.slug} ${KIND_NAMES[referrer.secret.kind]} the caller may not read`,
        )
    } else if (readsReferrer && inDatabase && !found.includes(String(referrer.id))) {
      staffLeak(
        c.slug,
        `${caller.label} ${url}`,
        `a document the caller may read is not found through ${referrer.path} (${res.status})`,
      )
    }
  }
  if (sees) return
  for (const extra of ['', '&trash=true']) {
    const url = `${base}/count?where[${path}][like]=${encodeURIComponent(m)}${extra}`
    const res = await staffGet(caller, c.slug, url)
    if (res.status === 200 && (res.body?.totalDocs ?? 0) > 0)
      staffLeak(c.slug, `${caller.label} ${url}`, `count ${res.body.totalDocs} through ${referrer.path}`)
  }
  if (c.versions) {
    const url = `${base}/versions?limit=1000&depth=0&where[version.${path}][like]=${encodeURIComponent(m)}`
    const res = await staffGet(caller, c.slug, url)
    if (res.status === 200 && (res.body?.totalDocs ?? 0) > 0)
      staffLeak(c.slug, `${caller.label} ${url}`, `versions totalDocs ${res.body.totalDocs} through ${referrer.path}`)
  }
  if (!(await rowHidden(caller, referrer.secret))) return
  for (const sort of [path, `-${path}`]) {
    const url = `${base}?limit=1000&depth=0&draft=true&sort=${sort}`
    const res = await staffGet(caller, c.slug, url)
    if (res.status === 200)
      staffLeak(c.slug, `${caller.label} ${url}`, `sorted by a field of ${target.slug} the caller may not read`)
  }
  const names = graphqlNames(c)
  if (schema && names && schema.queries.has(names.plural)) {
    const source = `{ ${names.plural}(limit: 1000 ${hasDrafts(c) ? 'draft: true' : ''} sort: "${path}") { totalDocs } }`
    staffRequests.graphql++
    const result = await query(source, {}, caller.token)
    if (!result.errors?.length)
      staffLeak(
        c.slug,
        `${caller.label} graphql ${names.plural}(sort: "${path}")`,
        `sorted by a field of ${target.slug} the caller may not read`,
      )
  }
}

/** One caller, one collection that points at secrets: what a list and GraphQL populate hides the secrets. */
async function staffPopulated(caller: Caller, c: SanitizedCollectionConfig) {
  const ids = referrers.filter((r) => r.collection === c.slug).map((r) => r.id)
  for (const depth of [1, 2]) {
    const inIds = ids.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(String(id))}`).join('&')
    await staffGet(caller, c.slug, `/${c.slug}?limit=1000&draft=true&trash=true&depth=${depth}&${inIds}`)
  }
  const names = graphqlNames(c)
  if (!schema || !names || !schema.queries.has(names.plural)) return
  const selection = schema.select(schema.typeOf(names.singular) ?? names.singular, 4, (args) =>
    args.includes('draft') ? '(draft: true)' : '',
  )
  const draft = hasDrafts(c) ? 'draft: true' : ''
  const source = `{ ${names.plural}(limit: 1000 ${draft} where: { id: { in: ${JSON.stringify(ids)} } }) { docs { ${selection} } } }`
  staffRequests.graphql++
  const result = await query(source, {}, caller.token)
  await staffScan(caller, c.slug, `graphql ${names.plural}(draft, populated)`, {
    data: result.data,
    errors: result.errors,
  })
}

// ---------------------------------------------------------------------------------------

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  const { admin } = await seed(payload)
  const found = await payload.find({ context: ACROSS, collection: 'users', where: { email: { equals: admin.email } }, limit: 1 })
  adminId = found.docs[0]!.id
  anon = new RestClient(t.config)
  query = graphqlClient(t.config)

  const collections = payload.config.collections.filter((c) => !PUBLIC_BY_DESIGN.has(c.slug))
  for (const upload of collections.filter((c) => c.upload)) {
    const { docs } = await payload.find({ context: ACROSS, collection: upload.slug as never, pagination: false, depth: 0 })
    for (const d of docs as { id: Id; mimeType?: string }[]) mimeOf.set(String(d.id), String(d.mimeType))
  }
  // Planted in the first organisation (a planted organisation makes it one of several).
  const first = (await payload.find({ context: ACROSS, collection: 'tenants', sort: 'createdAt', limit: 1, overrideAccess: true })).docs[0]!.id
  await inOrganisation(first, async () => {
    const media = collections.find((c) => c.upload)
    if (media) {
      secretPng = await plantFile(media.slug, 'file', false)
      secretPdf = await plantFile(media.slug, 'file', true)
    }
    for (const c of collections.filter(hasDrafts)) await plantDraftCollection(c, 1)
    for (const c of collections.filter(hasDrafts)) await plantDraftCollection(c, 2)
    for (const c of collections.filter((c) => !hasDrafts(c))) await plantOther(c)
    // Staff of every role and division, and documents that point at what some may not read.
    await createCallers()
    for (const c of collections) await plantReferrers(c)
  })
  for (const c of collections) visible.set(c.slug, await visibleCount(c))
  try {
    schema = await schemaSelections(query)
  } catch (error) {
    schemaError = (error as Error).message.slice(0, 300)
  }
}, 600_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('nothing leaks to anonymous clients', () => {
  it('on any read path of any collection, endpoint or site page', async () => {
    const collections = payload.config.collections.filter((c) => !PUBLIC_BY_DESIGN.has(c.slug))
    // Every collection has something planted (Payload's own where we know how), or it is said why not.
    for (const c of collections) {
      if (!secrets.some((s) => s.collection === c.slug) && !notPlanted.some((n) => n.startsWith(c.slug))) {
        notPlanted.push(`${c.slug}: nothing planted`)
      }
    }
    // A control: the suite reads what visitors may see (a public file is served), so silence means something.
    // Of the organisation whose site the suite's requests come to (localhost): the first.
    const first = (await payload.find({ context: ACROSS, collection: 'tenants', sort: 'createdAt', limit: 1, overrideAccess: true })).docs[0]!.id
    const publicFile = await payload.find({ context: ACROSS,
      collection: 'media',
      where: { and: [{ public: { equals: true } }, { tenant: { equals: first } }] },
      limit: 1,
    })
    if (publicFile.docs[0]) {
      const res = await anon.get(`/media/file/${(publicFile.docs[0] as { filename: string }).filename}`, {
        token: null,
      })
      expect(res.status).toBe(200)
    }
    // GraphQL that does not start cannot leak, but then it was not checked: a failure too.
    if (!schema)
      leak('(graphql)', 'POST /api/graphql', `the schema does not build, GraphQL not checked: ${schemaError}`)
    for (const c of collections) {
      await restPaths(c)
      if (schema) await graphqlPaths(c, schema)
    }
    await rootEndpoints()
    await siteReads()

    const perCollection = new Map<string, number>()
    for (const pair of pairs) {
      const [collection] = pair.split('\t')
      perCollection.set(collection!, (perCollection.get(collection!) ?? 0) + 1)
    }
    const planted = new Map<string, string[]>()
    for (const s of secrets) planted.set(s.collection, [...(planted.get(s.collection) ?? []), s.kind])
    console.log(
      [
        `leak-suite: ${pairs.size} (collection, read path) pairs checked over ${collections.length} collections`,
        `  (${requests.rest} REST requests, ${requests.graphql} GraphQL queries, ${requests.site} site reads; ${secrets.length} secrets planted)`,
        ...[...perCollection].map(
          ([slug, n]) => `  ${slug}: ${n} paths; planted ${(planted.get(slug) ?? []).join(' ') || '-'}`,
        ),
        ...(notPlanted.length ? ['  not planted / not requested:', ...notPlanted.map((n) => `    ${n}`)] : []),
        ...(PUBLIC_BY_DESIGN.size ? [`  public by design, not checked: ${[...PUBLIC_BY_DESIGN].join(', ')}`] : []),
      ].join('\n'),
    )
    // Every collection was read on every kind of path; the matrix is not empty by accident.
    for (const c of collections) expect(perCollection.get(c.slug) ?? 0, c.slug).toBeGreaterThanOrEqual(20)
    expect(pairs.size).toBeGreaterThan(collections.length * 30)

    const report = [...new Set(leaks.map((l) => `${l.collection} | ${l.path} | ${l.what}`))]
    expect(report, `${report.length} leak(s):\n${report.join('\n')}`).toEqual([])
  }, 900_000)
})

describe('a search through a relationship tests only what a staff member may read', () => {
  it('for every role and division, every reference path and every planted secret', async () => {
    for (const caller of callers) {
      await enter(caller)
      for (const referrer of referrers) await oracle(caller, referrer)
      for (const slug of new Set(referrers.map((r) => r.collection))) await staffPopulated(caller, configOf(slug))
    }
    // References the oracle plants nothing through: a join must not appear unnoticed (plant
    // through it first), and a search through a polymorphic relationship must stay refused.
    const others = payload.config.collections.flatMap((c) =>
      otherReferencePaths(c.flattenedFields).map((r) => ({ ...r, collection: c.slug })),
    )
    expect(
      others.filter((r) => r.kind === 'join').map((r) => `${r.collection}.${r.path}`),
      'join fields: the staff oracle must plant referrers through them',
    ).toEqual([])
    const onePerRole = callers.filter((c, i) => callers.findIndex((d) => d.user.id === c.user.id) === i)
    for (const caller of onePerRole) {
      await enter(caller)
      for (const ref of others.filter((r) => r.kind === 'polymorphic')) {
        for (const to of ref.to) {
          const field = markerField(configOf(to))
          if (!field) continue
          const url = `/${ref.collection}?limit=1&depth=0&where[${ref.path}.${field}][like]=${PREFIX}`
          const res = await staffGet(caller, ref.collection, url)
          if (res.status === 200)
            staffLeak(ref.collection, `${caller.label} ${url}`, 'a search through a polymorphic relationship answered')
        }
      }
    }
    const armedPaths = new Set([...armed].map((key) => key.split('\t')[1]))
    console.log(
      [
        `leak-suite (staff): ${staffChecks.size} (caller, reference path, secret) searches on secrets the caller may not read, ${armed.size} of them through a document the caller reads`,
        `  ${callers.length} callers (${callers.map((c) => c.label).join(', ')})`,
        `  ${referrers.length} referrers over ${oraclePaths.size} reference paths: ${referrers.map((r) => `${r.collection}.${r.path} → ${r.secret.collection} ${r.secret.kind}`).join(', ')}`,
        `  (${staffRequests.rest} REST requests, ${staffRequests.graphql} GraphQL queries)`,
      ].join('\n'),
    )
    // Each reference path that points at a secret was really tested: some caller reads a document
    // that points at a secret the caller may not read.
    expect(
      [...oraclePaths].filter((p) => !armedPaths.has(p)),
      'reference paths never armed',
    ).toEqual([])
    expect(armed.size).toBeGreaterThan(0)
    const report = [...new Set(staffLeaks.map((l) => `${l.collection} | ${l.path} | ${l.what}`))]
    expect(report, `${report.length} leak(s):\n${report.join('\n')}`).toEqual([])
  }, 900_000)
})
