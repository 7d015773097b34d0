/**
 * Nothing of one organisation reaches another (issue 21: "the leak suite runs across
 * organisations"). Organisation A is the demo's first; B and C are made here. B gets, as
 * the system inside `inOrganisation(B, …)`, for every organisation-scoped collection read
 * from the config (one with a `tenant` field, so a collection added later is covered): a
 * published document, a never-published draft and a document in the trash where the
 * collection has drafts and a trash; its profile published, then a draft saved over it;
 * files (two used by its published documents, so public on B's site, one used by nothing);
 * a division; accounts (its administrator, an editor) and what Payload keeps of them (a
 * preference, a lock on a draft; and the platform administrator's lock on a published one);
 * a draft its administrator saves through REST; and what the app writes of B by itself — the
 * audit entries the hooks write, the stored statuses the scheduled jobs compute (run once
 * here) — found by `tenant`. Each carries a unique marker (`zqorgb-…`; C's are `zqorgc-…`)
 * where it has text. Planting is the test's set-up: it runs in `acrossOrganisations()` (the
 * development guard on unscoped reads, src/tenancy/guardOrganisationReads.ts); every read
 * checked below runs as it is, and a server error is reported (not counted as a leak).
 *
 * Callers: a staff member of A for every role (the options of the users' `roles`), in a
 * division of A, signed in through REST; an overseer of A and C (a set without B); and a
 * visitor on A's host. For each of them and every collection (Payload's own included): REST
 * lists (plain, `draft`, `trash`, depth 0 and 2, marker searches, a forged `tenant` search,
 * a forged organisation-selector cookie, searches through references), counts, every
 * planted document by id, versions and versions by id, the collection's own GET endpoints
 * (B's files by name); GraphQL lists, searches, by id, counts, versions; the root GET
 * endpoints (the OIT status, the ITAS sheet as JSON and CSV, the public index…) with forged
 * `organisation`/`tenant`/`division` parameters and cookie; and, for the visitor, the public
 * site's reads (src/site/data.ts, the sitemap) on A's host.
 *
 * A leak is: a marker of an organisation the caller may not read in any answer (one the
 * request itself carries, echoed back, excepted), a `tenant` naming such an organisation,
 * one of its documents' ids in a list of that collection or handed over by id, a file of it
 * served, a total above what the caller could see without it, or any result of a search that
 * only its documents match. An account's own list of organisations is not searched for
 * `tenant`s (an overseer of A and C is A's too, and lists C). One test collects every leak and
 * fails with the whole list; the controls before it show that the same requests find B's data
 * for those who may read it (a platform administrator, B's administrator, a visitor of B's
 * site), C's for the overseer, A's locks for A's staff, and that the scanner flags each kind.
 * Payload's document locks carry no organisation: src/access/readLock.ts keeps them to the
 * reader's organisations (without it, 283 leaks: B's locks listed, counted and read by id).
 */
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DIVISION_TEMPLATES } from '../../seed/data/divisionTemplates'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { imageBuffer, pdfBuffer } from '../../seed/files'
import { appCollections, manyPerOrganisation, sampleBody } from '../helpers/config-walk'
import { strip } from '../helpers/documents'
import { graphqlNames, type SchemaSelections, schemaSelections } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient, type RestResponse, TEST_ORIGIN } from '../helpers/rest'
import { graphqlPost } from '../../src/graphql/handler'
import { createOrganisation } from '../../src/tenancy/createOrganisation'
import { inOrganisation } from '../../src/tenancy/currentOrganisation'
import { acrossOrganisations } from '../../src/tenancy/guardOrganisationReads'
import { ORGANISATION_FIELD, TENANTS_SLUG } from '../../src/tenancy/slugs'

// The public site's reads are cached by Next.js; outside a Next.js server they run as they are.
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  unstable_cache: (read: () => unknown) => read,
  revalidateTag: () => {},
}))
// The site reads the host of the request it answers (`headers()`): here, the host set below.
const site = vi.hoisted(() => ({ host: '' }))
vi.mock('next/headers', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  headers: async () => new Headers(site.host ? { host: site.host } : {}),
}))

type Id = number | string
type Body = unknown

const PASSWORD = 'Leak-across-k8Qz!2569'
/** Ids of documents of an organisation read by id per collection (beyond those planted). */
const MORE_IDS = 3
/** Versions of an organisation's documents read by id per collection. */
const VERSIONS_BY_ID = 4

/** An organisation of the test: A (the demo's), B (whose data must not leak), C (the overseer's other). */
interface Org {
  name: 'A' | 'B' | 'C'
  id: Id
  prefix: string
  host: string
  /** Files by upload collection: an image and a PDF its published documents use. */
  files: Map<string, { png: Id; pdf: Id }>
  /** A document of the organisation per collection, for references (the published one planted). */
  refs: Map<string, Id>
  /** Every marker planted in it → what carries it. */
  markers: Map<string, string>
  /** Ids of every document of the organisation per collection (filled once planting is done). */
  ids: Map<string, Set<string>>
}

interface Planted {
  org: Org
  collection: string
  kind: string
  marker: string
  id?: Id
  filenames?: string[]
}

interface Caller {
  label: string
  token: null | string
  headers: Record<string, string>
  /** Organisations whose data the caller must never be shown. */
  forbidden: Org[]
  /** Values of the organisation selector's cookie worth sending: forged ones, and its own choices. */
  cookies: Id[]
}

let t: TestPayload
let payload: Payload
let A: Org
let B: Org
let C: Org
let schema: SchemaSelections | undefined
let schemaError: string | undefined
let gqlHandler: (request: Request) => Promise<Response>
const planted: Planted[] = []
/** What could not be planted or requested, and why (reported, not hidden). */
const notPlanted: string[] = []
const mimeOf = new Map<string, string>()
let serial = 0
let platformAdmin: Caller
let platformAdminId: Id
let bAdmin: Caller
const callers: Caller[] = []

const org = (name: Org['name'], id: Id, host: string): Org => ({
  name,
  id,
  prefix: `zqorg${name.toLowerCase()}`,
  host,
  files: new Map(),
  refs: new Map(),
  markers: new Map(),
  ids: new Map(),
})

/** A new marker of an organisation (lower-case letters, digits and dashes: fit for a code, a file name, an e-mail). */
function mark(o: Org, slug: string, kind: string): string {
  const m = `${o.prefix}-${slug.replace(/[^a-z0-9]/gi, '').toLowerCase()}-${kind}-${(++serial).toString(36)}${Math.random().toString(36).slice(2, 7)}`
  o.markers.set(m, `${o.name}'s ${slug} ${kind}`)
  return m
}

const configOf = (slug: string) =>
  (payload.collections as Record<string, { config: SanitizedCollectionConfig }>)[slug]!.config
const hasDrafts = (c: SanitizedCollectionConfig) => Boolean(c.versions && c.versions.drafts)
const isScoped = (c: SanitizedCollectionConfig) => c.flattenedFields.some((f) => f.name === ORGANISATION_FIELD)
const authSlug = () => payload.config.admin.user

/** The text field a collection's marker goes in: its title if textual, else its first text field. */
function markerField(c: SanitizedCollectionConfig): string | undefined {
  if (c.upload) return c.flattenedFields.find((f) => f.name === 'alt') ? 'alt' : undefined
  if (c.auth) return c.flattenedFields.find((f) => f.name === 'name') ? 'name' : 'email'
  const textual = (f: FlattenedField) => f.type === 'text' || f.type === 'textarea'
  const title = c.flattenedFields.find((f) => f.name === c.admin.useAsTitle)
  if (title && textual(title)) return title.name
  return c.flattenedFields.find((f) => textual(f) && f.name !== 'id')?.name
}

/** Fields a marker search looks in: the marker field, a file's name, an e-mail, a code. */
const searchFields = (c: SanitizedCollectionConfig) =>
  [...new Set([markerField(c), c.upload ? 'filename' : undefined, c.auth ? 'email' : undefined, 'code'])].filter(
    (name): name is string =>
      Boolean(name && c.flattenedFields.some((f) => f.name === name && ['text', 'textarea', 'email'].includes(f.type))),
  )

/** Rewrites every reference of a document's data (raw ids), through groups, tabs, arrays and blocks. */
function mapRefs(fields: FlattenedField[], data: unknown, fn: (to: string, id: Id) => Id | null) {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const value = record[field.name]
    if (field.type === 'upload' || field.type === 'relationship') {
      const one = (v: unknown): unknown => {
        if (v === null || v === undefined) return v
        if (Array.isArray(field.relationTo)) {
          const ref = v as { relationTo: string; value: Id }
          const to = fn(ref.relationTo, ref.value)
          return to === null ? null : { ...ref, value: to }
        }
        return fn(field.relationTo as string, (v && typeof v === 'object' ? (v as { id: Id }).id : v) as Id)
      }
      record[field.name] = Array.isArray(value) ? value.map(one).filter((v) => v !== null) : one(value)
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

/** Reference paths (dotted) of a collection to one other collection, for searches through them. */
function referencePaths(fields: FlattenedField[], prefix = ''): { path: string; to: string }[] {
  return fields.flatMap((field) => {
    if (field.type === 'upload' || field.type === 'relationship') {
      return Array.isArray(field.relationTo) ? [] : [{ path: `${prefix}${field.name}`, to: field.relationTo as string }]
    }
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
      return referencePaths(field.flattenedFields, `${prefix}${field.name}.`)
    return []
  })
}

// ---------------------------------------------------------------------------------------
// Planting, as the system inside the organisation
// ---------------------------------------------------------------------------------------

async function attempt(what: string, work: () => Promise<void>) {
  try {
    await work()
  } catch (error) {
    notPlanted.push(`${what}: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 240)}`)
  }
}

/** A document of the organisation in `to` for a reference: the one planted, else any (published where it has drafts). */
async function refOf(o: Org, to: string): Promise<Id | null> {
  if (o.refs.has(to)) return o.refs.get(to)!
  const c = configOf(to)
  const { docs } = await payload.find({
    collection: to as never,
    where: { and: [{ [ORGANISATION_FIELD]: { equals: o.id } }, ...(hasDrafts(c) ? [{ _status: { equals: 'published' } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const id = (docs[0] as { id: Id } | undefined)?.id ?? null
  if (id !== null) o.refs.set(to, id)
  return id
}

/** Data of a document copied into the organisation: its references moved to the organisation's own documents and files. */
async function moveInto(o: Org, c: SanitizedCollectionConfig, data: Record<string, unknown>) {
  const targets = new Map<string, Id | null>()
  for (const ref of referencePaths(c.flattenedFields)) {
    const target = configOf(ref.to)
    if (ref.to !== TENANTS_SLUG && !target.upload && isScoped(target)) targets.set(ref.to, await refOf(o, ref.to))
  }
  mapRefs(c.flattenedFields, data, (to, id) => {
    if (to === TENANTS_SLUG) return o.id
    const target = configOf(to)
    if (target.upload) {
      const files = o.files.get(to)
      if (!files) return null
      return mimeOf.get(String(id)) === 'application/pdf' ? files.pdf : files.png
    }
    return isScoped(target) ? (targets.get(to) ?? null) : id
  })
  data[ORGANISATION_FIELD] = o.id
  return data
}

/** A complete copy of a published document of the collection, moved into the organisation. */
async function copyInto(o: Org, c: SanitizedCollectionConfig, tag: string) {
  // The copy's source may be any organisation's: the test's own read across organisations.
  const { data } = await acrossOrganisations(() => sampleBody(payload, c, `${o.prefix}${tag}${++serial}`))
  return moveInto(o, c, JSON.parse(JSON.stringify(data)) as Record<string, unknown>)
}

function record(p: Planted) {
  planted.push(p)
}

async function plantFile(o: Org, slug: string, kind: string, pdf: boolean): Promise<Id> {
  const m = mark(o, slug, kind)
  const data = pdf ? pdfBuffer() : await imageBuffer(300, 200, '#5b2a86')
  const doc = (await payload.create({
    collection: slug as never,
    data: { alt: m, [ORGANISATION_FIELD]: o.id } as never,
    file: { data, name: `${m}.${pdf ? 'pdf' : 'png'}`, mimetype: pdf ? 'application/pdf' : 'image/png', size: data.length },
  })) as unknown as { id: Id; filename: string; sizes?: Record<string, { filename?: null | string }> }
  mimeOf.set(String(doc.id), pdf ? 'application/pdf' : 'image/png')
  const filenames = [doc.filename, ...Object.values(doc.sizes ?? {}).flatMap((s) => (s?.filename ? [s.filename] : []))]
  record({ org: o, collection: slug, kind, marker: m, id: doc.id, filenames })
  return doc.id
}

async function plantFiles(o: Org, c: SanitizedCollectionConfig, orphan: boolean) {
  await attempt(`${o.name} ${c.slug} files`, async () => {
    const png = await plantFile(o, c.slug, 'file', false)
    const pdf = await plantFile(o, c.slug, 'file', true)
    o.files.set(c.slug, { png, pdf })
    if (orphan) await plantFile(o, c.slug, 'orphan', false)
  })
}

/** A published document, a never-published draft, and a document in the trash. */
async function plantDocuments(o: Org, c: SanitizedCollectionConfig, kinds: ('draft' | 'published' | 'trash')[]) {
  const field = markerField(c)
  if (!field) return void notPlanted.push(`${c.slug}: no text field to carry a marker`)
  for (const kind of kinds) {
    if (kind === 'trash' && !c.trash) continue
    await attempt(`${o.name} ${c.slug} ${kind}`, async () => {
      const m = mark(o, c.slug, kind)
      const data = await copyInto(o, c, kind)
      const doc: { id: Id } = await payload.create({
        collection: c.slug as never,
        data: { ...data, [field]: m, _status: kind === 'draft' ? 'draft' : 'published' } as never,
        draft: kind === 'draft',
      })
      if (kind === 'trash')
        await payload.update({ collection: c.slug as never, id: doc.id, data: { deletedAt: new Date().toISOString() } as never })
      if (kind === 'published') o.refs.set(c.slug, doc.id)
      record({ org: o, collection: c.slug, kind, marker: m, id: doc.id })
    })
  }
}

/** The organisation's one document (its profile): published with a marker, then a draft with another saved over it. */
async function plantProfile(o: Org, c: SanitizedCollectionConfig) {
  const field = markerField(c)
  if (!field) return void notPlanted.push(`${c.slug}: no text field to carry a marker`)
  await attempt(`${o.name} ${c.slug} profile`, async () => {
    const own = await payload.find({
      collection: c.slug as never,
      where: { [ORGANISATION_FIELD]: { equals: o.id } },
      draft: true,
      limit: 1,
      depth: 0,
    })
    const source = await acrossOrganisations(() =>
      payload.find({
        collection: c.slug as never,
        where: hasDrafts(c) ? { _status: { equals: 'published' } } : undefined,
        limit: 1,
        depth: 0,
      }),
    )
    if (!source.docs[0]) throw new Error('no published profile to copy')
    const data = await moveInto(o, c, strip(source.docs[0]) as Record<string, unknown>)
    delete data.deletedAt
    const published = mark(o, c.slug, 'published-then-drafted')
    const status = hasDrafts(c) ? { _status: 'published' } : {}
    const existing = own.docs[0] as { id: Id } | undefined
    const doc: { id: Id } = existing
      ? await payload.update({ collection: c.slug as never, id: existing.id, data: { ...data, [field]: published, ...status } as never })
      : await payload.create({ collection: c.slug as never, data: { ...data, [field]: published, ...status } as never })
    record({ org: o, collection: c.slug, kind: 'published-then-drafted', marker: published, id: doc.id })
    if (!hasDrafts(c)) return
    const draft = mark(o, c.slug, 'draft-over-published')
    await payload.update({ collection: c.slug as never, id: doc.id, data: { [field]: draft } as never, draft: true })
    record({ org: o, collection: c.slug, kind: 'draft-over-published', marker: draft, id: doc.id })
  })
}

/** An entry of a collection without drafts (a division): a copy of one, marked, its codes unique. */
async function plantEntry(o: Org, c: SanitizedCollectionConfig) {
  const field = markerField(c)
  if (!field) return void notPlanted.push(`${c.slug}: no text field to carry a marker`)
  await attempt(`${o.name} ${c.slug} entry`, async () => {
    const m = mark(o, c.slug, 'entry')
    const data = await copyInto(o, c, 'entry')
    // Text fields that are unique (alone or with the organisation) carry the marker too (a division's code).
    const uniques = new Set((c.indexes ?? []).filter((i) => i.unique).flatMap((i) => i.fields))
    for (const f of c.flattenedFields) {
      if (f.type === 'text' && f.name !== field && (uniques.has(f.name) || ('unique' in f && f.unique))) data[f.name] = `${m}-${f.name}`
    }
    const doc: { id: Id } = await payload.create({ collection: c.slug as never, data: { ...data, [field]: m } as never })
    o.refs.set(c.slug, doc.id)
    record({ org: o, collection: c.slug, kind: 'entry', marker: m, id: doc.id })
  })
}

/** An account of the organisation only, with a marker for its name and e-mail. */
async function plantAccount(o: Org, roles: string[]): Promise<{ id: Id; email: string } | undefined> {
  let made: { id: Id; email: string } | undefined
  await attempt(`${o.name} account`, async () => {
    const m = mark(o, authSlug(), 'account')
    const email = `${m}@${o.host}.example.go.th`
    const division = await refOf(o, 'divisions')
    const doc: { id: Id } = await payload.create({
      collection: authSlug() as never,
      data: { email, password: PASSWORD, name: m, roles, divisions: division ? [division] : [], tenants: [{ tenant: o.id }] } as never,
    })
    record({ org: o, collection: authSlug(), kind: 'account', marker: m, id: doc.id })
    made = { id: doc.id, email }
  })
  return made
}

/**
 * What Payload keeps of an account of the organisation: a preference, a lock on a draft; and
 * a lock a platform administrator holds on one of its published documents.
 */
async function plantInternal(o: Org, user: Id, administrator?: Id) {
  const found = (await payload.findByID({ collection: authSlug() as never, id: user, depth: 0 })) as unknown as Record<string, unknown>
  const account = { ...found, collection: authSlug() }
  await attempt(`${o.name} payload-preferences`, async () => {
    const m = mark(o, 'payload-preferences', 'entry')
    const doc: { id: Id } = await payload.create({
      collection: 'payload-preferences' as never,
      data: { key: m, value: { note: m } } as never,
      user: account as never,
    })
    record({ org: o, collection: 'payload-preferences', kind: 'entry', marker: m, id: doc.id })
  })
  await attempt(`${o.name} payload-locked-documents`, async () => {
    const draft = planted.find((p) => p.org === o && p.kind === 'draft' && p.id !== undefined)
    const m = mark(o, 'payload-locked-documents', 'entry')
    const doc: { id: Id } = await payload.create({
      collection: 'payload-locked-documents' as never,
      data: {
        globalSlug: m,
        document: draft ? { relationTo: draft.collection, value: draft.id } : undefined,
        user: { relationTo: authSlug(), value: user },
      } as never,
    })
    record({ org: o, collection: 'payload-locked-documents', kind: 'entry', marker: m, id: doc.id })
  })
  await attempt(`${o.name} payload-locked-documents (a platform administrator's)`, async () => {
    const published = planted.find((p) => p.org === o && p.kind === 'published' && p.id !== undefined)
    if (!published || administrator === undefined) throw new Error('no published document or platform administrator')
    const m = mark(o, 'payload-locked-documents', 'platform-lock')
    const doc: { id: Id } = await payload.create({
      collection: 'payload-locked-documents' as never,
      data: { globalSlug: m, document: { relationTo: published.collection, value: published.id }, user: { relationTo: authSlug(), value: administrator } } as never,
    })
    record({ org: o, collection: 'payload-locked-documents', kind: 'platform-lock', marker: m, id: doc.id })
  })
}

/** Every document of the organisation, per collection (what it holds once planted). */
async function collectIds(o: Org) {
  for (const c of payload.config.collections) {
    let ids: Id[] = []
    if (isScoped(c)) {
      const { docs } = await payload.find({
        collection: c.slug as never,
        where: { [ORGANISATION_FIELD]: { equals: o.id } },
        trash: true,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      ids = docs.map((d) => (d as { id: Id }).id)
    } else if (c.slug === authSlug()) {
      const { docs } = await payload.find({
        collection: c.slug as never,
        where: { 'tenants.tenant': { equals: o.id } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      // An account of this organisation only (one shared with another is that one's too).
      ids = (docs as { id: Id; tenants?: { tenant: unknown }[] }[])
        .filter((d) => (d.tenants ?? []).every((r) => String(idOf(r.tenant)) === String(o.id)))
        .map((d) => d.id)
    } else if (c.slug === TENANTS_SLUG) {
      ids = [o.id]
    }
    const extra = planted.filter((p) => p.org === o && p.collection === c.slug && p.id !== undefined).map((p) => p.id!)
    o.ids.set(c.slug, new Set([...ids, ...extra].map(String)))
  }
}

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

// ---------------------------------------------------------------------------------------
// Reading, and what an answer may not show
// ---------------------------------------------------------------------------------------

const leaks: string[] = []
const pairs = new Set<string>()
const triples = new Set<string>()
const requests = { rest: 0, graphql: 0, site: 0 }

/** Answers that were server errors, by (collection, caller, read path, status): no leak, but paths not really read (reported). */
const failures = new Map<string, number>()
/** What is not a leak of content but worth knowing (an answer that tells a file exists). */
const observations = new Set<string>()

function leak(caller: Caller, collection: string, request: string, what: string) {
  leaks.push(`${collection} | ${caller.label} | ${request.slice(0, 220)} | ${what}`)
}

/** Markers of `o` an answer shows (not those the request itself carries), and a bare prefix left unexplained. */
function markersIn(text: string, o: Org, request: string): string[] {
  if (!text.includes(o.prefix)) return []
  const found: string[] = []
  let rest = text
  for (const m of o.markers.keys()) {
    if (!text.includes(m)) continue
    rest = rest.split(m).join('')
    if (!request.includes(m)) found.push(m)
  }
  if (rest.includes(o.prefix) && !request.includes(o.prefix)) found.push(`${o.prefix}…(${rest.slice(rest.indexOf(o.prefix), rest.indexOf(o.prefix) + 48)})`)
  return found
}

/**
 * Ids of organisations named by a `tenant` anywhere in an answer. An account's own list of
 * organisations (`tenants`) is left out: an account of A that also oversees C lists C there,
 * and A's administrator reads that account (it is A's too); an account of B's alone is found
 * by its id and its marked name and e-mail.
 */
function organisationsNamed(body: Body, out = new Set<string>()): Set<string> {
  if (Array.isArray(body)) for (const v of body) organisationsNamed(v, out)
  else if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      if (key === 'tenants') continue
      if (key === ORGANISATION_FIELD) {
        const id = idOf(value)
        if (typeof id === 'number' || typeof id === 'string') out.add(String(id))
      }
      if (value && typeof value === 'object') organisationsNamed(value, out)
    }
  }
  return out
}

interface Expect {
  /** The answer is a list of the collection (REST `docs`, or GraphQL's list at `graphql`). */
  list?: boolean
  /** The most documents the caller could see in it without the forbidden organisations'. */
  ceiling?: number
  /** A search only forbidden documents match: nothing may be found. */
  search?: boolean
  /** A document of a forbidden organisation asked for by id: it must not be handed over. */
  byId?: Id
  /** A file of a forbidden organisation asked for by name: it must not be served. */
  file?: boolean
}

/** Records the pair and every leak an answer shows to the caller. */
function inspect(caller: Caller, collection: string, path: string, request: string, status: number, body: Body, x: Expect = {}) {
  pairs.add(`${collection}\t${path}`)
  triples.add(`${caller.label}\t${collection}\t${path}`)
  if (status >= 500) {
    const key = `${collection} | ${caller.label} | ${path} | ${status} ${JSON.stringify(body ?? null).slice(0, 120)}`
    failures.set(key, (failures.get(key) ?? 0) + 1)
  }
  const text = typeof body === 'string' ? body : (JSON.stringify(body ?? null) ?? '')
  for (const o of caller.forbidden) {
    for (const m of markersIn(text, o, request)) leak(caller, collection, request, `shows ${o.markers.get(m) ?? 'a marker'} (${m}) [${status}]`)
  }
  if (typeof body !== 'object' || body === null) {
    if (x.file && status === 200) leak(caller, collection, request, `serves a file of another organisation (${text.length} bytes)`)
    return
  }
  const forbiddenIds = new Set(caller.forbidden.map((o) => String(o.id)))
  for (const id of organisationsNamed(body)) {
    if (forbiddenIds.has(id)) leak(caller, collection, request, `names organisation ${caller.forbidden.find((o) => String(o.id) === id)!.name} as a document's tenant [${status}]`)
  }
  const record = body as Record<string, unknown>
  if (x.list) {
    const docs = (record.docs ?? graphqlDocs(record)) as { id?: Id }[] | undefined
    const theirs = new Set(caller.forbidden.flatMap((o) => [...(o.ids.get(collection) ?? [])]))
    for (const doc of Array.isArray(docs) ? docs : []) {
      if (doc && theirs.has(String(doc.id))) leak(caller, collection, request, `lists ${collection} ${doc.id} of another organisation`)
    }
  }
  const total = typeof record.totalDocs === 'number' ? record.totalDocs : graphqlTotal(record)
  if (status === 200 && typeof total === 'number') {
    if (x.search && total > 0) leak(caller, collection, request, `finds ${total} where only another organisation's documents match`)
    else if (x.ceiling !== undefined && total > x.ceiling) leak(caller, collection, request, `totalDocs ${total} > ${x.ceiling} the caller may see`)
  }
  if (x.byId !== undefined && status === 200) {
    const doc = (record.doc ?? record) as { id?: Id }
    if (String(doc?.id) === String(x.byId)) leak(caller, collection, request, `hands over ${collection} ${x.byId} of another organisation`)
  }
  if (x.file && status === 200) leak(caller, collection, request, 'serves a file of another organisation')
}

/** The first root field of a GraphQL answer. */
const graphqlRoot = (record: Record<string, unknown>) => {
  const data = record.data as Record<string, unknown> | null | undefined
  return data ? (Object.values(data)[0] as Record<string, unknown> | null | undefined) : undefined
}
const graphqlDocs = (record: Record<string, unknown>) => graphqlRoot(record)?.docs
const graphqlTotal = (record: Record<string, unknown>) => {
  const total = graphqlRoot(record)?.totalDocs
  return typeof total === 'number' ? total : undefined
}

const rest = () => new RestClient(t.config)
let client: RestClient

async function get(caller: Caller, url: string, headers: Record<string, string> = {}): Promise<RestResponse> {
  requests.rest++
  return client.get(url, { token: caller.token, headers: { ...caller.headers, ...headers } })
}

async function gql(caller: Caller, source: string, headers: Record<string, string> = {}) {
  requests.graphql++
  const h = new Headers({ 'Content-Type': 'application/json', ...caller.headers, ...headers })
  if (caller.token) h.set('Authorization', `JWT ${caller.token}`)
  const response = await gqlHandler(new Request(`${TEST_ORIGIN}/api/graphql`, { method: 'POST', headers: h, body: JSON.stringify({ query: source }) }))
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // kept as text
  }
  return { status: response.status, body }
}

// The most a caller could see: everything the collection holds less the forbidden organisations' documents.
const totals = new Map<string, number>()
async function totalOf(c: SanitizedCollectionConfig, flags: { draft: boolean; trash: boolean }, where?: Record<string, unknown>, versions = false) {
  const key = JSON.stringify([c.slug, flags, where, versions])
  if (!totals.has(key)) {
    const args = { collection: c.slug as never, where: where as never, limit: 1, depth: 0, overrideAccess: true, trash: flags.trash || undefined }
    // The test's own bookkeeping across organisations.
    const found = await acrossOrganisations(() =>
      versions ? payload.findVersions(args) : payload.find({ ...args, draft: flags.draft && hasDrafts(c) ? true : undefined }),
    )
    totals.set(key, found.totalDocs)
  }
  return totals.get(key)!
}

function organisationWhere(c: SanitizedCollectionConfig, o: Org, versions = false): Record<string, unknown> | undefined {
  if (isScoped(c)) return { [`${versions ? 'version.' : ''}${ORGANISATION_FIELD}`]: { equals: o.id } }
  if (c.slug === TENANTS_SLUG) return { id: { equals: o.id } }
  return undefined
}

async function ceiling(caller: Caller, c: SanitizedCollectionConfig, query: string, versions = false): Promise<number> {
  const flags = { draft: query.includes('draft=true') || query.includes('draft: true'), trash: query.includes('trash=true') || query.includes('trash: true') }
  if (versions && !c.versions) return 0
  let most = await totalOf(c, flags, undefined, versions)
  for (const o of caller.forbidden) {
    if (c.slug === authSlug()) most -= o.ids.get(c.slug)?.size ?? 0
    else {
      const where = organisationWhere(c, o, versions)
      if (where) most -= await totalOf(c, flags, where, versions)
    }
  }
  return most
}

/** A `where` (REST query string) matching the forbidden organisations' markers in the collection's text fields. */
const likeQuery = (fields: string[], prefix: string, path = '') =>
  fields.map((f, i) => `where[or][${i}][${path}${f}][like]=${encodeURIComponent(prefix)}`).join('&')

/** Planted documents (and a few more) of the forbidden organisations in a collection, to ask for by id. */
function targetsOf(caller: Caller, c: SanitizedCollectionConfig): { org: Org; id: Id }[] {
  const out = new Map<string, { org: Org; id: Id }>()
  for (const o of caller.forbidden) {
    for (const p of planted.filter((p) => p.org === o && p.collection === c.slug && p.id !== undefined))
      out.set(`${o.name}:${p.id}`, { org: o, id: p.id! })
    if (o === B) for (const id of [...(o.ids.get(c.slug) ?? [])].slice(0, MORE_IDS)) out.set(`${o.name}:${id}`, { org: o, id })
  }
  return [...out.values()]
}

async function restPaths(caller: Caller, c: SanitizedCollectionConfig) {
  const base = `/${c.slug}`
  const list = async (label: string, qs: string, x: Expect, headers?: Record<string, string>) => {
    const url = `${base}?limit=1000&${qs}`
    const res = await get(caller, url, headers)
    const request = headers ? `${url} [${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('; ')}]` : url
    inspect(caller, c.slug, `GET /:slug?${label}`, request, res.status, res.body, { list: true, ...x })
    return res
  }
  await list('depth=0', 'depth=0', { ceiling: await ceiling(caller, c, '') })
  for (const depth of [0, 2]) {
    await list(`draft=true&depth=${depth}`, `draft=true&depth=${depth}`, { ceiling: await ceiling(caller, c, 'draft=true') })
  }
  await list('trash=true', 'trash=true&depth=0', { ceiling: await ceiling(caller, c, 'trash=true') })
  await list('trash=true&draft=true&depth=2', 'trash=true&draft=true&depth=2', { ceiling: await ceiling(caller, c, 'trash=true&draft=true') })
  // The organisation-selector cookie naming another organisation is no key to it.
  for (const cookie of caller.cookies) {
    const qs = 'draft=true&trash=true&depth=1'
    const own = caller.forbidden.every((o) => String(o.id) !== String(cookie))
    await list(`${qs} (cookie payload-tenant=${own ? 'own' : 'forged'})`, qs, { ceiling: await ceiling(caller, c, qs) }, { cookie: `payload-tenant=${cookie}` })
  }
  const fields = searchFields(c)
  for (const o of caller.forbidden) {
    if (fields.length) {
      for (const extra of ['', '&draft=true&trash=true']) {
        await list(`where[text][like]=marker${extra}`, `depth=0&${likeQuery(fields, o.prefix)}${extra}`, { search: true })
      }
    }
    // A forged organisation in the query.
    const forged =
      isScoped(c) ? `where[${ORGANISATION_FIELD}][equals]=${o.id}` : c.slug === authSlug() ? `where[tenants.tenant][equals]=${o.id}` : c.slug === TENANTS_SLUG ? `where[id][equals]=${o.id}` : undefined
    if (forged) await list('where[organisation][equals]=other&draft=true&trash=true', `depth=0&${forged}&draft=true&trash=true`, { search: true })
    // Searches through references to B's documents.
    for (const ref of o === B ? referencePaths(c.flattenedFields) : []) {
      const target = configOf(ref.to)
      const field = markerField(target)
      if (!field || (!isScoped(target) && target.slug !== authSlug() && target.slug !== TENANTS_SLUG)) continue
      await list(`where[reference.text][like]=marker&draft=true`, `depth=0&draft=true&where[${ref.path}.${field}][like]=${o.prefix}`, { search: true })
    }
  }
  // Counts.
  for (const qs of ['', 'draft=true', 'trash=true']) {
    const url = `${base}/count?${qs}`
    const res = await get(caller, url)
    inspect(caller, c.slug, `GET /:slug/count?${qs}`, url, res.status, res.body, { ceiling: await ceiling(caller, c, qs) })
  }
  if (fields.length) {
    for (const o of caller.forbidden) {
      const url = `${base}/count?${likeQuery(fields, o.prefix)}&trash=true`
      const res = await get(caller, url)
      inspect(caller, c.slug, 'GET /:slug/count?where[text][like]=marker&trash=true', url, res.status, res.body, { search: true })
    }
  }
  // By id: every planted document of the other organisations, and a few more of theirs.
  for (const target of targetsOf(caller, c)) {
    for (const qs of ['', 'draft=true', 'trash=true&depth=2']) {
      const url = `${base}/${encodeURIComponent(String(target.id))}?${qs}`
      const res = await get(caller, url)
      inspect(caller, c.slug, `GET /:slug/:id?${qs}`, url, res.status, res.body, { byId: target.id })
    }
  }
  // Versions: lists, searches in them, and versions of the other organisations' documents by id.
  if (c.versions) {
    for (const qs of ['depth=0', 'depth=2&trash=true']) {
      const url = `${base}/versions?limit=1000&${qs}`
      const res = await get(caller, url)
      inspect(caller, c.slug, `GET /:slug/versions?${qs}`, url, res.status, res.body, { ceiling: await ceiling(caller, c, qs, true) })
    }
    for (const o of caller.forbidden) {
      for (const qs of [fields.length ? likeQuery(fields, o.prefix, 'version.') : '', isScoped(c) ? `where[version.${ORGANISATION_FIELD}][equals]=${o.id}` : ''].filter(Boolean)) {
        const url = `${base}/versions?limit=1000&depth=0&trash=true&${qs}`
        const res = await get(caller, url)
        inspect(caller, c.slug, `GET /:slug/versions?where[…]=other organisation`, url, res.status, res.body, { search: true })
      }
    }
    for (const version of await versionsOf(caller, c)) {
      for (const qs of ['depth=2']) {
        const url = `${base}/versions/${encodeURIComponent(String(version))}?${qs}`
        const res = await get(caller, url)
        inspect(caller, c.slug, `GET /:slug/versions/:id?${qs}`, url, res.status, res.body, { byId: version })
      }
    }
  }
  // The collection's own GET endpoints (files by name, auth…), with the other organisations' values for their parameters.
  const defaults = new Set(['/', '/:id', '/count', '/versions', '/versions/:id', '/:path*'])
  for (const endpoint of c.endpoints || []) {
    if (endpoint.method !== 'get' || defaults.has(endpoint.path)) continue
    const params = [...endpoint.path.matchAll(/:(\w+)\??/g)].map((m) => m[1]!)
    if (!params.length) {
      const url = `${base}${endpoint.path}`
      const res = await get(caller, url)
      inspect(caller, c.slug, `GET /:slug${endpoint.path}`, url, res.status, res.body)
      continue
    }
    const mine = planted.filter((p) => caller.forbidden.includes(p.org) && p.collection === c.slug)
    const valuesOf = (p: Planted): Record<string, string[]> => ({
      id: p.id === undefined ? [] : [String(p.id)],
      filename: p.filenames ?? [],
      key: [p.marker],
    })
    if (!mine.length || params.some((name) => !(name in valuesOf(mine[0]!)))) {
      if (caller === callers[0]) notPlanted.push(`${c.slug}: GET ${endpoint.path} not requested (no planted value for its parameters)`)
      continue
    }
    // A name nobody's file has: another organisation's files must be answered alike (else their names can be tested).
    const statuses = new Set<number>()
    if (params.includes('filename')) {
      const url = `${base}${endpoint.path.replace(/:filename\??/, `zqnobody-${Math.random().toString(36).slice(2, 8)}.png`)}`
      const res = await get(caller, url)
      inspect(caller, c.slug, `GET /:slug${endpoint.path} (no such file)`, url, res.status, res.body)
      statuses.add(res.status)
    }
    for (const p of mine) {
      const values = valuesOf(p)
      const urls = params.reduce<string[]>(
        (acc, name) => acc.flatMap((u) => values[name]!.map((v) => u.replace(new RegExp(`:${name}\\??`), encodeURIComponent(v)))),
        [endpoint.path],
      )
      for (const path of urls) {
        const url = `${base}${path}`
        const res = await get(caller, url)
        inspect(caller, c.slug, `GET /:slug${endpoint.path}`, url, res.status, res.body, {
          file: params.includes('filename'),
          byId: params.includes('id') ? p.id : undefined,
        })
        if (params.includes('filename')) statuses.add(res.status)
      }
    }
    if (statuses.size > 1)
      observations.add(`${c.slug} GET ${endpoint.path} as ${caller.label}: another organisation's files and a name nobody has are answered ${[...statuses].join(' / ')}`)
  }
}

const versionIds = new Map<string, Id[]>()
async function versionsOf(caller: Caller, c: SanitizedCollectionConfig): Promise<Id[]> {
  const key = `${c.slug}:${caller.forbidden.map((o) => o.name).join('')}`
  if (!versionIds.has(key)) {
    const parents = caller.forbidden.flatMap((o) => planted.filter((p) => p.org === o && p.collection === c.slug && p.id !== undefined).map((p) => p.id!))
    const { docs } = parents.length
      ? await payload.findVersions({
          collection: c.slug as never,
          where: { parent: { in: parents } },
          sort: '-updatedAt',
          limit: VERSIONS_BY_ID,
          trash: true,
          depth: 0,
          overrideAccess: true,
        })
      : { docs: [] }
    versionIds.set(key, docs.map((v) => v.id as Id))
  }
  return versionIds.get(key)!
}

async function graphqlPaths(caller: Caller, c: SanitizedCollectionConfig, s: SchemaSelections) {
  const names = graphqlNames(c)
  if (!names) return
  if (!s.queries.has(names.plural)) {
    if (caller === callers[0] && !(c.graphQL as { disableQueries?: boolean } | undefined)?.disableQueries)
      notPlanted.push(`${c.slug}: GraphQL query ${names.plural} not in the schema, not requested`)
    return
  }
  const args = s.queries.get(names.plural)!
  const typeName = s.typeOf(names.singular) ?? names.singular
  const run = async (path: string, source: string, x: Expect = {}, headers?: Record<string, string>) => {
    const res = await gql(caller, source, headers)
    inspect(caller, c.slug, `graphql ${path}`, headers ? `${source} [${JSON.stringify(headers)}]` : source, res.status, res.body, x)
    return res
  }
  const all = ['draft: true', 'trash: true'].filter((f) => args.includes(f.split(':')[0]!)).join(' ')
  // As published (relationships one level), and with drafts and the trash (two levels, drafts of what they point to).
  for (const flags of [...new Set(['', all])]) {
    const draftArg = flags.includes('draft') ? (a: string[]) => (a.includes('draft') ? '(draft: true)' : '') : undefined
    const selection = s.select(typeName, flags ? 2 : 1, draftArg)
    await run(`${names.plural}(${flags})`, `{ ${names.plural}(limit: 1000 ${flags}) { totalDocs docs { ${selection} } } }`, {
      list: true,
      ceiling: await ceiling(caller, c, flags),
    })
  }
  const fields = searchFields(c)
  for (const o of caller.forbidden) {
    const wheres = [
      fields.length ? `{ OR: [${fields.map((f) => `{ ${f}: { like: "${o.prefix}" } }`).join(' ')}] }` : '',
      isScoped(c) ? `{ ${ORGANISATION_FIELD}: { equals: ${JSON.stringify(o.id)} } }` : '',
    ].filter(Boolean)
    for (const where of wheres) {
      await run(`${names.plural}(where other organisation, ${all})`, `{ ${names.plural}(limit: 1000 ${all} where: ${where}) { totalDocs docs { id } } }`, {
        list: true,
        search: true,
      })
    }
  }
  const count = `count${names.plural}`
  if (s.queries.has(count)) {
    await run(count, `{ ${count} { totalDocs } }`, { ceiling: await ceiling(caller, c, '') })
    for (const o of caller.forbidden) {
      if (fields.length)
        await run(`${count}(where like marker)`, `{ ${count}(where: { OR: [${fields.map((f) => `{ ${f}: { like: "${o.prefix}" } }`).join(' ')}] }) { totalDocs } }`, { search: true })
    }
  }
  const singleArgs = s.queries.get(names.singular) ?? []
  const byIdFlags = ['', ['draft: true', 'trash: true'].filter((f) => singleArgs.includes(f.split(':')[0]!)).join(', ')].filter((f, i) => i === 0 || f)
  for (const target of targetsOf(caller, c)) {
    for (const flags of byIdFlags) {
      const draftArg = flags.includes('draft') ? (a: string[]) => (a.includes('draft') ? '(draft: true)' : '') : undefined
      const id = typeof target.id === 'number' ? target.id : JSON.stringify(target.id)
      const res = await run(`${names.singular}(id${flags ? `, ${flags}` : ''})`, `{ ${names.singular}(id: ${id}${flags ? `, ${flags}` : ''}) { ${s.select(typeName, 2, draftArg)} } }`)
      const doc = graphqlRoot((res.body ?? {}) as Record<string, unknown>)
      if (doc) leak(caller, c.slug, `graphql ${names.singular}(id: ${id}${flags ? `, ${flags}` : ''})`, `answers ${c.slug} ${target.id} of organisation ${target.org.name}`)
    }
  }
  const versions = `versions${names.plural}`
  if (s.queries.has(versions)) {
    const versionType = s.typeOf(`version${names.singular}`)
    const selection = versionType ? s.select(versionType, 2) : 'id'
    await run(versions, `{ ${versions}(limit: 1000) { totalDocs docs { ${selection} } } }`, { ceiling: await ceiling(caller, c, '', true) })
    for (const version of await versionsOf(caller, c)) {
      const res = await run(`version${names.singular}(id)`, `{ version${names.singular}(id: ${JSON.stringify(version)}) { ${selection} } }`)
      if (graphqlRoot((res.body ?? {}) as Record<string, unknown>))
        leak(caller, c.slug, `graphql version${names.singular}(id: ${version})`, 'answers a version of another organisation')
    }
  }
}

/** The root GET endpoints (the OIT ones and any added later), with known values for their parameters, and forged ones. */
async function rootEndpoints(caller: Caller) {
  const years = ((payload.config.custom as { oit?: { frameworks?: { year: number }[] } } | undefined)?.oit?.frameworks ?? []).map((f) => String(f.year))
  const values: Record<string, string[]> = { year: years }
  for (const endpoint of payload.config.endpoints ?? []) {
    if (endpoint.method !== 'get' || endpoint.path === '/:path*') continue
    const params = [...endpoint.path.matchAll(/:(\w+)\??/g)].map((m) => m[1]!)
    if (params.some((p) => !values[p]?.length)) {
      if (caller === callers[0]) notPlanted.push(`GET ${endpoint.path}: not requested (no value for its parameters)`)
      continue
    }
    const urls = params.reduce<string[]>((acc, p) => acc.flatMap((u) => values[p]!.map((v) => u.replace(new RegExp(`:${p}\\??`), v))), [endpoint.path])
    const compare = `from=${years[0]}&to=${years.at(-1)}`
    for (const [index, path] of urls.entries()) {
      // JSON (and CSV where the endpoint is an export; its XLSX is the same rows zipped, not searched).
      const variants: { qs: string; headers?: Record<string, string> }[] = [{ qs: `format=json&${compare}` }]
      if (/export/.test(endpoint.path)) variants.push({ qs: 'format=csv' })
      // The selector's cookie: another organisation's (forged), and the overseer's own choices.
      for (const cookie of caller.cookies) variants.push({ qs: `format=json&${compare}`, headers: { cookie: `payload-tenant=${cookie}` } })
      // Forged parameters: once per endpoint (the first year), every organisation the caller may not read.
      if (index === 0) {
        for (const o of caller.forbidden) {
          const division = planted.find((p) => p.org === o && p.collection === 'divisions')?.marker
          variants.push({ qs: `format=json&${compare}&organisation=${o.id}&${ORGANISATION_FIELD}=${o.id}&tenantId=${o.id}` })
          if (division) variants.push({ qs: `format=csv&division=${division}-code` })
        }
      }
      for (const { qs, headers } of variants) {
        const url = `${path}?${qs}`
        const res = await get(caller, url, headers)
        const label = `GET ${endpoint.path}?${qs.replace(/=[^&]*/g, '=…')}${headers ? ' (cookie)' : ''}`
        inspect(caller, '(root)', label, headers ? `${url} [cookie ${headers.cookie}]` : url, res.status, res.body)
      }
    }
  }
}

/** The public site's reads (anonymous Local API) on the visitor's host: lists, documents, search, OIT pages, sitemap. */
async function siteReads(caller: Caller) {
  const data = await import('../../src/site/data')
  const { siteCollections } = await import('../../src/site/collections')
  const { default: sitemap } = await import('../../src/app/(site)/sitemap')
  site.host = caller.headers.host ?? ''
  const read = async (collection: string, path: string, work: () => Promise<unknown>) => {
    requests.site++
    let body: unknown
    let status = 200
    try {
      body = await work()
    } catch (error) {
      status = 500
      body = { error: (error as Error).message }
    }
    inspect(caller, collection, `site ${path}`, `site ${path}`, status, body)
    return status === 200 ? body : undefined
  }
  await read('(site)', 'siteSettings()', () => data.siteSettings())
  await read('(site)', 'organisation()', () => data.organisation())
  await read('(site)', 'executives()', () => data.executives())
  await read('(site)', 'latestNews()', () => data.latestNews(100))
  for (const o of caller.forbidden) await read('(site)', `search(marker prefix)`, () => data.search(o.prefix, 1000))
  const map = ((await read('(site)', 'sitemap()', () => sitemap())) ?? []) as { url: string }[]
  for (const entry of map) {
    const [, slug, id] = new URL(entry.url).pathname.split('/')
    for (const o of caller.forbidden) {
      if (slug && id && o.ids.get(slug)?.has(id)) leak(caller, slug, 'site sitemap()', `lists ${entry.url} of organisation ${o.name}`)
    }
  }
  for (const collection of siteCollections(payload)) {
    const first = (await read(collection.slug, 'listDocuments()', () => data.listDocuments(collection.slug))) as { totalPages?: number } | null | undefined
    for (let page = 2; page <= (first?.totalPages ?? 1); page++) {
      const res = (await read(collection.slug, 'listDocuments(page)', () => data.listDocuments(collection.slug, { page }))) as { docs?: { id: Id }[] } | null
      for (const doc of res?.docs ?? [])
        for (const o of caller.forbidden)
          if (o.ids.get(collection.slug)?.has(String(doc.id))) leak(caller, collection.slug, 'site listDocuments()', `lists ${doc.id} of organisation ${o.name}`)
    }
    await read(collection.slug, 'fiscalYearsOf()', () => data.fiscalYearsOf(collection.slug))
    for (const target of targetsOf(caller, configOf(collection.slug))) {
      const doc = await read(collection.slug, 'getDocument(id)', () => data.getDocument(collection.slug, String(target.id)))
      if (doc) leak(caller, collection.slug, `site getDocument(${collection.slug}, ${target.id})`, `shows a document of organisation ${target.org.name}`)
    }
  }
  for (const framework of await data.frameworks()) {
    for (const item of framework.items) {
      await read(item.category.collection, 'itemDocuments(year, item)', () => data.itemDocuments(framework.year, item))
    }
  }
  site.host = ''
}

/** B's data, and C's few documents, planted as the system inside each organisation. */
async function plant(scoped: SanitizedCollectionConfig[], writable: Set<string>, bAdminAccount: { id: Id } | undefined, platformAdminId: Id) {
  await inOrganisation(B.id, async () => {
    for (const c of scoped.filter((c) => c.upload)) await plantFiles(B, c, true)
    // Collections nobody writes through any API (the audit log): what the hooks write, found by organisation below.
    const planting = scoped.filter((c) => !c.upload && writable.has(c.slug))
    for (const c of planting.filter((c) => !hasDrafts(c) && manyPerOrganisation(c))) await plantEntry(B, c)
    for (const c of planting.filter((c) => hasDrafts(c) && manyPerOrganisation(c))) await plantDocuments(B, c, ['published', 'draft', 'trash'])
    for (const c of planting.filter((c) => !manyPerOrganisation(c))) await plantProfile(B, c)
    const editor = await plantAccount(B, ['editor'])
    if (editor && bAdminAccount) await plantInternal(B, bAdminAccount.id, platformAdminId)
  })
  // C: files and one published document, for the overseer to find (its data is theirs to read).
  await inOrganisation(C.id, async () => {
    for (const c of scoped.filter((c) => c.upload)) await plantFiles(C, c, false)
    const news = scoped.find((c) => c.slug === 'news') ?? scoped.find((c) => hasDrafts(c) && manyPerOrganisation(c))
    if (news) await plantDocuments(C, news, ['published'])
  })
}

// ---------------------------------------------------------------------------------------

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  client = rest()
  gqlHandler = graphqlPost(t.config)
  const collections = payload.config.collections
  for (const upload of collections.filter((c) => c.upload)) {
    const { docs } = await acrossOrganisations(() => payload.find({ collection: upload.slug as never, pagination: false, depth: 0, overrideAccess: true }))
    for (const d of docs as { id: Id; mimeType?: string }[]) mimeOf.set(String(d.id), String(d.mimeType))
  }

  // A: the demo's organisation, on its first host (the demo's own computer: localhost).
  const first = (await payload.find({ collection: TENANTS_SLUG, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  A = org('A', first.id, (first.domains ?? [])[0]?.host ?? 'localhost')

  // B, with its divisions, a draft profile and its administrator (a marked account), and C beside it.
  const bName = `zqorgb-tenants-name-${Math.random().toString(36).slice(2, 8)}`
  const bAdminMarker = `zqorgb-users-admin-${Math.random().toString(36).slice(2, 8)}`
  const madeB = await createOrganisation(
    payload,
    {
      name: bName,
      slug: 'b-leak',
      kind: 'sao',
      province: `zqorgb-tenants-province-${Math.random().toString(36).slice(2, 8)}`,
      domains: ['b-leak.localhost'],
      admin: { email: `${bAdminMarker}@b-leak.example.go.th`, password: PASSWORD, name: bAdminMarker },
    },
    DIVISION_TEMPLATES,
  )
  B = org('B', madeB.id, 'b-leak.localhost')
  const bRow = await payload.findByID({ collection: TENANTS_SLUG, id: B.id, depth: 0, overrideAccess: true })
  B.markers.set(bName, "B's name (organisations' registry and profile)")
  B.markers.set(String(bRow.province), "B's province (registry and profile)")
  B.markers.set(bAdminMarker, "B's administrator (name, e-mail)")
  const cName = `zqorgc-tenants-name-${Math.random().toString(36).slice(2, 8)}`
  const madeC = await createOrganisation(payload, { name: cName, slug: 'c-leak', kind: 'sao', domains: ['c-leak.localhost'] }, DIVISION_TEMPLATES)
  C = org('C', madeC.id, 'c-leak.localhost')
  C.markers.set(cName, "C's name")
  const bAdminAccount = (await payload.find({ collection: authSlug() as never, where: { email: { equals: `${bAdminMarker}@b-leak.example.go.th` } }, depth: 0, overrideAccess: true })).docs[0] as { id: Id } | undefined
  if (bAdminAccount) record({ org: B, collection: authSlug(), kind: 'account', marker: bAdminMarker, id: bAdminAccount.id })

  const writable = new Set((await appCollections(payload)).map((c) => c.slug))
  const scoped = collections.filter(isScoped)
  const admin = (await payload.find({ collection: authSlug() as never, where: { email: { equals: DEFAULT_ADMIN.email } }, depth: 0, overrideAccess: true })).docs[0] as { id: Id; platformRole?: string }
  if (admin.platformRole !== 'administrator') throw new Error(`${DEFAULT_ADMIN.email} is not the platform administrator`)
  platformAdminId = admin.id
  // Planting is the test's own set-up, across organisations (the reads below are checked as they are).
  await acrossOrganisations(() => plant(scoped, writable, bAdminAccount, admin.id))
  bAdmin = { label: "B's administrator", token: null, headers: { host: B.host }, forbidden: [], cookies: [] }
  await acrossOrganisations(() =>
    attempt("B's administrator's own draft (REST)", async () => {
      bAdmin.token = await rest().login(`${bAdminMarker}@b-leak.example.go.th`, PASSWORD)
      const m = mark(B, 'news', 'staff-draft')
      const made = await rest().post('/news?draft=true', { title: m, date: '2023-01-10T00:00:00.000Z', _status: 'draft' }, { token: bAdmin.token })
      if (made.status !== 201) throw new Error(`${made.status} ${JSON.stringify(made.body).slice(0, 200)}`)
      record({ org: B, collection: 'news', kind: 'staff-draft', marker: m, id: made.body.doc.id })
    }),
  )
  // What the app derives from B's documents on its own (stored statuses…): the scheduled jobs run once, as the app runs them.
  await acrossOrganisations(() =>
    attempt('scheduled jobs (derived data of B)', async () => {
      for (const task of (payload.config.jobs?.tasks ?? []).filter((task) => task.schedule?.length)) {
        await payload.jobs.queue({ task: task.slug as never, input: {} as never, queue: task.schedule![0]!.queue })
      }
      await payload.jobs.run({ allQueues: true, limit: 100 })
    }),
  )
  // Audit entries the hooks wrote for B's documents (and whatever else the app wrote of B's).
  const auditSlugs = scoped.filter((c) => !writable.has(c.slug)).map((c) => c.slug)
  await collectIds(A)
  await collectIds(B)
  await collectIds(C)
  for (const slug of auditSlugs) {
    if (!(B.ids.get(slug)?.size ?? 0)) notPlanted.push(`${slug}: nothing of B was written by the hooks or jobs`)
  }

  // The platform administrator (the seed's first account) reads every organisation: the controls' reader.
  platformAdmin = { label: 'platform administrator', token: await rest().login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password), headers: {}, forbidden: [], cookies: [] }

  // Callers: staff of A of every role, in a division of A; an overseer of A and C; a visitor of A's site.
  const users = configOf(authSlug())
  const rolesField = users.flattenedFields.find((f) => f.name === 'roles')
  if (!rolesField || rolesField.type !== 'select') throw new Error(`${users.slug}: no roles select to enumerate staff by`)
  const roles = rolesField.options.map((o) => (typeof o === 'string' ? o : o.value))
  const divisionA = (await payload.find({ collection: 'divisions', where: { and: [{ [ORGANISATION_FIELD]: { equals: A.id } }, { code: { equals: 'finance' } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    ?? (await payload.find({ collection: 'divisions', where: { [ORGANISATION_FIELD]: { equals: A.id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
  for (const role of roles) {
    const email = `a-${role}@a-leak.example.go.th`
    await payload.create({
      collection: users.slug as never,
      data: { email, password: PASSWORD, name: `A ${role}`, roles: [role], divisions: [divisionA.id], tenants: [{ tenant: A.id }] } as never,
      overrideAccess: true,
    })
    callers.push({ label: `A's ${role}`, token: await rest().login(email, PASSWORD), headers: {}, forbidden: [B, C], cookies: [B.id] })
  }
  await payload.create({
    collection: users.slug as never,
    data: { email: 'overseer-ac@a-leak.example.go.th', password: PASSWORD, name: 'overseer of A and C', roles, platformRole: 'overseer', tenants: [{ tenant: A.id }, { tenant: C.id }] } as never,
    overrideAccess: true,
  })
  callers.push({ label: 'overseer of A and C', token: await rest().login('overseer-ac@a-leak.example.go.th', PASSWORD), headers: {}, forbidden: [B], cookies: [B.id, A.id, C.id] })
  callers.push({ label: `visitor of ${A.host}`, token: null, headers: { host: A.host }, forbidden: [B, C], cookies: [B.id] })

  try {
    schema = await schemaSelections(async (source) => {
      const res = await gql(platformAdmin, source)
      return res.body as never
    })
  } catch (error) {
    schemaError = (error as Error).message.slice(0, 300)
  }
}, 600_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('the search finds what is there (controls)', () => {
  it("B's data is found by those who may read it, on the same paths and with the same checks", async () => {
    const found = (caller: Caller, o: Org, request: string, body: Body) =>
      markersIn(typeof body === 'string' ? body : JSON.stringify(body ?? null), o, request)
    const problems: string[] = []
    // The platform administrator finds every marker planted in each collection by a marker search.
    // (Payload's own collections aside: a preference or a lock is its account's alone, by design.)
    for (const slug of new Set(planted.filter((p) => p.org === B && !p.collection.startsWith('payload-')).map((p) => p.collection))) {
      const c = configOf(slug)
      const fields = searchFields(c)
      const url = `/${slug}?limit=1000&depth=0&draft=true&trash=true${fields.length ? `&${likeQuery(fields, B.prefix)}` : ''}`
      const res = await get(platformAdmin, url)
      const seen = found(platformAdmin, B, '', res.body)
      const expected = planted.filter((p) => p.org === B && p.collection === slug && p.kind !== 'published-then-drafted')
      for (const p of expected) if (!seen.includes(p.marker)) problems.push(`platform administrator ${url}: ${p.kind} ${p.marker} not found (${res.status})`)
    }
    // Their lists name B as the documents' organisation, B's audit entries included; their count is above a caller of A's ceiling.
    for (const slug of ['news', ...new Set(planted.filter((p) => p.org === B).map((p) => p.collection)), 'audit-log']) {
      const c = configOf(slug)
      if (!isScoped(c)) continue
      const res = await get(platformAdmin, `/${slug}?limit=1000&depth=0&trash=true&where[${ORGANISATION_FIELD}][equals]=${B.id}`)
      if (!organisationsNamed(res.body).has(String(B.id))) problems.push(`platform administrator: no ${slug} of B listed (${res.status})`)
      if (res.body?.totalDocs !== B.ids.get(slug)?.size) problems.push(`platform administrator: ${res.body?.totalDocs} ${slug} of B listed, ${B.ids.get(slug)?.size} held`)
      const count = await get(platformAdmin, `/${slug}/count`)
      if (!(count.body?.totalDocs > (await ceiling(callers[0]!, c, '')))) problems.push(`platform administrator: /${slug}/count ${count.body?.totalDocs} not above A's ceiling`)
    }
    const bAudit = await get(platformAdmin, `/audit-log?limit=1000&depth=0&where[${ORGANISATION_FIELD}][equals]=${B.id}`)
    if (!found(platformAdmin, B, '', bAudit.body).length) problems.push("platform administrator: no marker in B's audit entries")
    // B's own administrator finds B's published document and B's file; the overseer finds C's.
    const bNews = planted.find((p) => p.org === B && p.collection === 'news' && p.kind === 'published')
    const bPng = planted.find((p) => p.org === B && p.kind === 'file' && p.filenames?.[0]?.endsWith('.png'))
    if (!bNews || !bPng) problems.push("B's published news or file was not planted")
    else {
      const mine = await get(bAdmin, '/news?limit=1000&depth=0&draft=true')
      if (!found(bAdmin, B, '', mine.body).includes(bNews.marker)) problems.push(`B's administrator does not find ${bNews.marker} (${mine.status})`)
      const file = await get(bAdmin, `/media/file/${bPng.filenames![0]}`)
      if (file.status !== 200) problems.push(`B's administrator is not served B's file (${file.status})`)
      // A visitor of B's site sees B's published document and its (public) file; REST, GraphQL and the site alike.
      const visitorOfB: Caller = { label: 'visitor of B', token: null, headers: { host: B.host }, forbidden: [], cookies: [] }
      const list = await get(visitorOfB, '/news?limit=1000&depth=0')
      if (!found(visitorOfB, B, '', list.body).includes(bNews.marker)) problems.push(`a visitor of ${B.host} does not find ${bNews.marker} (${list.status})`)
      const publicFile = await get(visitorOfB, `/media/file/${bPng.filenames![0]}`)
      if (publicFile.status !== 200) problems.push(`a visitor of ${B.host} is not served B's public file (${publicFile.status})`)
      const names = graphqlNames(configOf('news'))!
      const viaGraphql = await gql(visitorOfB, `{ ${names.plural}(limit: 1000) { docs { id title } } }`)
      if (!found(visitorOfB, B, '', viaGraphql.body).includes(bNews.marker)) problems.push(`a visitor of ${B.host} does not find ${bNews.marker} through GraphQL`)
      const data = await import('../../src/site/data')
      site.host = B.host
      const onSite = await data.latestNews(100)
      site.host = ''
      if (!found(visitorOfB, B, '', onSite).includes(bNews.marker)) problems.push(`the site on ${B.host} does not show ${bNews.marker}`)
      // The same request on A's host: nothing of B (so the host is what decides).
      const onA = await get(callers.at(-1)!, '/news?limit=1000&depth=0')
      if (found(visitorOfB, B, '', onA.body).length) problems.push(`a visitor of ${A.host} is shown B's news`)
    }
    const cNews = planted.find((p) => p.org === C && p.kind === 'published')
    const overseer = callers.find((c) => c.label.startsWith('overseer'))!
    if (!cNews) problems.push("C's published document was not planted")
    else {
      const theirs = await get(overseer, `/${cNews.collection}?limit=1000&depth=0`)
      if (!found(overseer, C, '', theirs.body).includes(cNews.marker)) problems.push(`the overseer does not find C's ${cNews.marker} (${theirs.status})`)
      const staff = await get(callers[0]!, `/${cNews.collection}?limit=1000&depth=0`)
      if (found(callers[0]!, C, '', staff.body).length) problems.push(`${callers[0]!.label} is shown C's ${cNews.collection}`)
    }
    // Locks on A's documents, by a colleague and by the platform administrator, are still A's staff's to read
    // (payload-locked-documents, src/access/readLock.ts); B's (the platform administrator's included) are not.
    const aNews = (await payload.find({ collection: 'news', where: { [ORGANISATION_FIELD]: { equals: A.id } }, limit: 1, depth: 0 })).docs[0] as { id: Id } | undefined
    const colleague = (await payload.find({ collection: authSlug() as never, where: { email: { equals: 'a-editor@a-leak.example.go.th' } }, limit: 1, depth: 0 })).docs[0] as { id: Id } | undefined
    if (!aNews || !colleague) problems.push("no news or editor of A to lock")
    else {
      const locks: Id[] = []
      for (const by of [colleague.id, platformAdminId]) {
        const lock = (await payload.create({
          collection: 'payload-locked-documents' as never,
          data: { document: { relationTo: 'news', value: aNews.id }, user: { relationTo: authSlug(), value: by } } as never,
        })) as unknown as { id: Id }
        locks.push(lock.id)
      }
      for (const reader of callers.filter((c) => c.token)) {
        const res = await get(reader, `/payload-locked-documents?limit=1000&depth=0`)
        const ids = ((res.body?.docs ?? []) as { id: Id }[]).map((d) => String(d.id))
        for (const id of locks) if (!ids.includes(String(id))) problems.push(`${reader.label} does not read lock ${id} on A's news (${res.status})`)
      }
      for (const id of locks) await payload.delete({ collection: 'payload-locked-documents' as never, id })
    }
    // The scanner itself: an answer with B's marker, B's tenant, B's id in a list or by id, a served file, a count too high are each leaks.
    const probe: Caller = { label: 'probe', token: null, headers: {}, forbidden: [B], cookies: [] }
    const before = leaks.length
    const bId = [...(B.ids.get('news') ?? [])][0]!
    inspect(probe, 'news', 'probe', 'probe', 200, { docs: [{ id: bId, title: bNews?.marker }], totalDocs: 99 }, { list: true, ceiling: 1 })
    inspect(probe, 'news', 'probe', 'probe', 200, { id: bId, [ORGANISATION_FIELD]: { id: B.id } }, { byId: bId })
    inspect(probe, 'media', 'probe', 'probe', 200, 'PNG…', { file: true })
    const probed = leaks.splice(before)
    for (const what of ['shows', 'lists news', 'totalDocs 99', 'names organisation B', 'hands over', 'serves a file'])
      if (!probed.some((l) => l.includes(what))) problems.push(`the scanner misses "${what}"`)
    pairs.clear()
    triples.clear()
    Object.assign(requests, { rest: 0, graphql: 0, site: 0 })
    expect(problems, problems.join('\n')).toEqual([])
  }, 300_000)
})

describe('nothing of another organisation leaks', () => {
  it("as A's staff of every role, an overseer of A and C, and a visitor of A's site: on every read path of every collection", async () => {
    if (!schema) leaks.push(`(graphql) | - | POST /api/graphql | the schema does not build, GraphQL not checked: ${schemaError}`)
    const started = performance.now()
    const spent = { rest: 0, graphql: 0, root: 0, site: 0 }
    const timed = async (key: keyof typeof spent, work: () => Promise<void>) => {
      const at = performance.now()
      await work()
      spent[key] += performance.now() - at
    }
    for (const caller of callers) {
      for (const c of payload.config.collections) {
        await timed('rest', () => restPaths(caller, c))
        if (schema) await timed('graphql', () => graphqlPaths(caller, c, schema!))
      }
      await timed('root', () => rootEndpoints(caller))
      if (!caller.token) await timed('site', () => siteReads(caller))
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const perKind = new Map<string, number>()
    for (const p of planted) perKind.set(`${p.org.name} ${p.collection}`, (perKind.get(`${p.org.name} ${p.collection}`) ?? 0) + 1)
    const report = [...new Set(leaks)]
    console.log(
      [
        `leak-across-organisations: ${pairs.size} (collection, read path) pairs, ${triples.size} (caller, collection, read path) triples, ${requests.rest + requests.graphql + requests.site} requests, ${report.length} leaks`,
        `  ${requests.rest} REST, ${requests.graphql} GraphQL, ${requests.site} site reads in ${seconds} s (${Object.entries(spent).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}); ${payload.config.collections.length} collections; ${callers.length} callers: ${callers.map((c) => c.label).join(', ')}`,
        `  planted: ${[...perKind].map(([k, n]) => `${k} ${n}`).join(', ')}`,
        `  held by B: ${[...B.ids].filter(([, ids]) => ids.size).map(([slug, ids]) => `${slug} ${ids.size}`).join(', ')}`,
        `  root endpoints: ${[...new Set([...pairs].filter((p) => p.startsWith('(root)\t')).map((p) => p.split('\t')[1]!.replace(/\?.*$/, '')))].join(', ')}`,
        ...(notPlanted.length ? ['  not planted / not requested:', ...notPlanted.map((n) => `    ${n}`)] : []),
        ...(observations.size ? ['  observed (not counted as leaks):', ...[...observations].map((o) => `    ${o}`)] : []),
        ...(failures.size
          ? [
              `  ${[...failures.values()].reduce((a, b) => a + b, 0)} answers were server errors (no content leaked; the path's own answer was not seen):`,
              ...[...failures].map(([key, n]) => `    ${n}× ${key}`),
            ]
          : []),
      ].join('\n'),
    )
    expect(report, `${report.length} leak(s):\n${report.slice(0, 300).join('\n')}${report.length > 300 ? `\n… and ${report.length - 300} more` : ''}`).toEqual([])
  }, 900_000)

  it('every organisation-scoped collection holds something of B to leak', () => {
    expect(payload.config.collections.filter(isScoped).filter((c) => !(B.ids.get(c.slug)?.size ?? 0)).map((c) => c.slug)).toEqual([])
  })

  it('the matrix is not empty', () => {
    console.log(`leak-across-organisations: ${pairs.size} pairs, ${requests.rest + requests.graphql + requests.site} requests, ${new Set(leaks).size} leaks`)
    expect(pairs.size).toBeGreaterThan(0)
    for (const c of payload.config.collections) expect([...pairs].filter((p) => p.startsWith(`${c.slug}\t`)).length, c.slug).toBeGreaterThan(5)
  })
})
