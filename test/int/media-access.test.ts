/**
 * Who may replace, edit or delete a file (issue 17, item 6). Publishers and admins any;
 * editors and reviewers only a file no published document uses and whose every document
 * (its stored row or its latest draft) is one they may edit; a file no document uses, any
 * staff member. Enumerated from the config: every collection with a field that holds files
 * × where the file is used (own division's draft, another division's draft, another
 * division's draft over a published document, own published document, shared by an own
 * and another division's draft) × role × request (REST replace, edit, delete; GraphQL edit
 * and delete; bulk PATCH and DELETE with `where`; the admin's document permissions). After
 * each refusal the database and the media folder are read back: nothing changed.
 */
import type { Payload, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { copyOfPublished, titleFieldOf } from '../helpers/documents'
import { pdfBlob, pngBlob, uploadForm } from '../helpers/files'
import { graphqlClient, graphqlNames } from '../helpers/graphql'
import {
  filesOnDisk,
  idsAt,
  MEDIA,
  type MediaField,
  mediaFieldsOf,
  mediaReferrers,
  mediaSnapshot,
  newMediaFile,
  setAt,
} from '../helpers/media'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { oncePerShape } from '../helpers/sweep'
import { manyPerOrganisation } from '../helpers/config-walk'

const PASSWORD = 'Media-access-q7Wz!2569'
const ROLES = ['editor', 'reviewer', 'publisher', 'admin'] as const
type Role = (typeof ROLES)[number]

/** Where the file is used (the first two by one division's draft, the third by a draft over a published document). */
const SITUATIONS = ['own-draft', 'other-draft', 'other-draft-over-published', 'own-published'] as const
type Situation = (typeof SITUATIONS)[number] | 'own-and-other-drafts'

let t: TestPayload
let payload: Payload
let rest: RestClient
let gql: ReturnType<typeof graphqlClient>
let gqlMedia: { singular: string; plural: string }
const tokens = {} as Record<Role, string>
const division = { own: 0, other: 0 }
const counted = { refused: 0, allowed: 0 }
let n = 0

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  rest = new RestClient(t.config)
  gql = graphqlClient(t.config)
  gqlMedia = graphqlNames(payload.collections[MEDIA].config)!
  const find = async (code: string) =>
    (await payload.find({ collection: 'divisions', where: { code: { equals: code } }, limit: 1 })).docs[0]!
      .id as number
  division.own = await find('finance')
  division.other = await find('procurement')
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  for (const role of ['editor', 'reviewer', 'publisher'] as const) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: `${role}-m@example.go.th`,
        password: PASSWORD,
        name: role,
        roles: [role],
        divisions: [division.own],
      },
    })
    tokens[role] = await rest.login(`${role}-m@example.go.th`, PASSWORD)
  }
}, 180_000)

afterAll(async () => {
  console.log(`media-access: ${counted.refused} refused and ${counted.allowed} allowed requests checked`)
  await t?.cleanup()
})

const templates: Record<string, Record<string, unknown>> = {}

interface Use {
  slug: string
  id: number | string
}

/** A document of the field's collection in a division, using `value` in that field, saved by the system. */
async function documentWith(field: MediaField, where: 'other' | 'own', file: number | string, published: boolean) {
  // The demo's document as the seed left it (later ones may use files this suite deleted).
  const template = (templates[field.collection] ??= await copyOfPublished(payload, field.collection, 'ma'))
  const copy = structuredClone(template)
  const title = titleFieldOf(payload, field.collection)
  copy[title] = `${String(copy[title])} ${++n}`
  const fields = (payload.collections as Record<string, { config: SanitizedCollectionConfig }>)[field.collection]!
    .config.flattenedFields
  if (fields.some((f) => f.name === 'division')) copy.division = division[where]
  const slug = field.collection as never
  if (published) {
    // Published with the demo's own file (complete), then a draft over it, or the file itself.
    const doc = (await payload.create({
      collection: slug,
      data: { ...copy, _status: 'published' } as never,
    })) as unknown as { id: number }
    return doc.id as number
  }
  setAt(copy, field.path, field.hasMany ? [file] : file)
  const doc = (await payload.create({
    collection: slug,
    data: { ...copy, _status: 'draft' } as never,
    draft: true,
  })) as unknown as { id: number }
  return doc.id as number
}

/** A new file used as the situation says, through the field; the documents that use it. */
async function fileIn(
  field: MediaField,
  situation: Situation,
): Promise<{ file: { id: number; filename: string }; uses: Use[] }> {
  const file = await newMediaFile(payload, field.kind)
  const slug = field.collection
  const uses: Use[] = []
  switch (situation) {
    case 'own-draft':
    case 'other-draft':
      uses.push({ slug, id: await documentWith(field, situation === 'own-draft' ? 'own' : 'other', file.id, false) })
      break
    case 'own-and-other-drafts':
      uses.push({ slug, id: await documentWith(field, 'own', file.id, false) })
      uses.push({ slug, id: await documentWith(field, 'other', file.id, false) })
      break
    case 'own-published': {
      const id = await documentWith(field, 'own', file.id, true)
      const doc = (await payload.findByID({ collection: slug as never, id, depth: 0 })) as Record<string, unknown>
      setAt(doc, field.path, field.hasMany ? [file.id] : file.id)
      await payload.update({ collection: slug as never, id, data: { ...doc, _status: 'published' } as never })
      uses.push({ slug, id })
      break
    }
    case 'other-draft-over-published': {
      const id = await documentWith(field, 'other', file.id, true)
      const doc = (await payload.findByID({ collection: slug as never, id, depth: 0 })) as Record<string, unknown>
      setAt(doc, field.path, field.hasMany ? [file.id] : file.id)
      await payload.update({ collection: slug as never, id, data: doc as never, draft: true })
      uses.push({ slug, id })
      break
    }
  }
  return { file, uses }
}

/** Whether each document still uses the file (its latest version). */
async function stillUsed(field: MediaField, uses: Use[], file: number | string): Promise<boolean> {
  for (const use of uses) {
    const latest = await payload.findByID({
      collection: use.slug as never,
      id: use.id,
      draft: true,
      depth: 0,
      trash: true,
    })
    if (!idsAt(latest, field.path).includes(String(file))) return false
  }
  return true
}

/** A permission as Payload's access endpoint answers it (`true`, or `{ permission }`). */
const granted = (value: unknown) =>
  value === true || (value as { permission?: unknown } | undefined)?.permission === true

/** May the user edit the document itself? Asked of Payload's own document permissions. */
async function mayEdit(role: Role, use: Use): Promise<boolean> {
  const res = await rest.post(`/${use.slug}/access/${use.id}`, {}, { token: tokens[role] })
  return granted(res.body?.update)
}

async function expectedAllowed(role: Role, situation: Situation, uses: Use[]): Promise<boolean> {
  if (role === 'publisher' || role === 'admin') return true
  if (situation !== 'own-draft') return false
  for (const use of uses) if (!(await mayEdit(role, use))) return false
  return true
}

const gqlOk = async (source: string, token: string) => !(await gql(source, {}, token)).errors?.length

async function replacement(kind: 'pdf' | 'png') {
  return uploadForm(kind === 'pdf' ? pdfBlob() : await pngBlob(40, 30), `replacement-${++n}.${kind}`, {
    alt: `แทนที่ ${n}`,
  })
}

type Request = (id: number, role: Role, kind: 'pdf' | 'png') => Promise<boolean>
type RequestName = 'GraphQL delete' | 'GraphQL edit' | 'REST delete' | 'REST edit' | 'REST replace'

/** Requests that change one file; each answers whether it went through. */
const REQUESTS: Record<RequestName, Request> = {
  'REST replace': async (id: number, role: Role, kind: 'pdf' | 'png') =>
    (await rest.patch(`/${MEDIA}/${id}`, await replacement(kind), { token: tokens[role] })).status === 200,
  'REST edit': async (id: number, role: Role) =>
    (await rest.patch(`/${MEDIA}/${id}`, { alt: `แก้ไข ${++n}` }, { token: tokens[role] })).status === 200,
  'GraphQL edit': (id: number, role: Role) =>
    gqlOk(`mutation { update${gqlMedia.singular}(id: ${id}, data: { alt: "แก้ไข ${++n}" }) { id } }`, tokens[role]),
  'REST delete': async (id: number, role: Role) =>
    (await rest.delete(`/${MEDIA}/${id}`, { token: tokens[role] })).status === 200,
  'GraphQL delete': (id: number, role: Role) =>
    gqlOk(`mutation { delete${gqlMedia.singular}(id: ${id}) { id } }`, tokens[role]),
}
const REFUSED_CHECKS: RequestName[] = ['REST replace', 'REST delete', 'GraphQL edit', 'GraphQL delete']
const ALLOWED_EDITS: RequestName[] = ['GraphQL edit', 'REST replace']
const ALLOWED_DELETES: RequestName[] = ['REST delete', 'GraphQL delete']

/** The admin's edit view: may this user save or delete the file? */
async function adminPermissions(id: number, role: Role): Promise<[boolean, boolean]> {
  const res = await rest.post(`/${MEDIA}/access/${id}`, {}, { token: tokens[role] })
  return [granted(res.body?.update), granted(res.body?.delete)]
}

/** Bulk PATCH and DELETE with `where` over a refused file and a free one: only the free one is reached. */
async function bulkReachesOnly(refused: number, free: number, role: Role): Promise<string[]> {
  const problems: string[] = []
  const where = `where[id][in]=${refused},${free}`
  const edit = await rest.patch(`/${MEDIA}?${where}`, { alt: `หลายไฟล์ ${++n}` }, { token: tokens[role] })
  const edited = (edit.body?.docs ?? []).map((d: { id: number }) => d.id)
  if (edit.status >= 500 || JSON.stringify(edited) !== JSON.stringify([free]))
    problems.push(`bulk PATCH reached ${edited}`)
  const removed = await rest.delete(`/${MEDIA}?${where}`, { token: tokens[role] })
  const deleted = (removed.body?.docs ?? []).map((d: { id: number }) => d.id)
  if (removed.status >= 500 || JSON.stringify(deleted) !== JSON.stringify([free]))
    problems.push(`bulk DELETE reached ${deleted}`)
  return problems
}

/**
 * The collections to run the matrix on: on a server database each shape once, the file
 * field's kind × hasMany × nesting depth × whether documents belong to a division
 * (test/helpers/sweep.ts says why). The whole matrix took 107 s on PostgreSQL here, 48 s on SQLite.
 */
const referrersToRun = (): SanitizedCollectionConfig[] =>
  // One profile per organisation: not copied here (test/helpers/config-walk.ts, manyPerOrganisation).
  mediaReferrers(payload).filter(manyPerOrganisation).filter(
    oncePerShape(payload, (collection: SanitizedCollectionConfig) => {
      const field = mediaFieldsOf(collection)[0]!
      const divided = collection.flattenedFields.some((f) => f.name === 'division')
      return `${field.kind}|${field.hasMany}|${field.path.length}|${divided}`
    }),
  )

describe('replacing, editing and deleting files', () => {
  it('every collection with a file field × where the file is used × role × request: as the rule says, and a refusal changes nothing', async () => {
    // The OIT categories and the organisation profile at least.
    expect(mediaReferrers(payload).length).toBeGreaterThanOrEqual(15)
    const referrers = referrersToRun()
    const failures: string[] = []
    for (const [index, collection] of referrers.entries()) {
      const field = mediaFieldsOf(collection)[0]!
      for (const situation of SITUATIONS) {
        // One file per situation: the refused requests first (they leave it as it was), then
        // the allowed roles edit and replace it, and one of them (another each time) deletes it.
        const { file, uses } = await fileIn(field, situation)
        const allowedRoles: Role[] = []
        for (const role of ROLES) {
          const label = `${collection.slug}.${field.name} ${situation} as ${role}`
          if (await expectedAllowed(role, situation, uses)) {
            allowedRoles.push(role)
            continue
          }
          const before = await mediaSnapshot(payload, file.id)
          const permissions = await adminPermissions(file.id, role)
          if (permissions.some(Boolean)) failures.push(`${label}: the admin offers to change it (${permissions})`)
          const problems =
            role === 'editor' ? await bulkReachesOnly(file.id, (await newMediaFile(payload, 'pdf')).id, role) : []
          failures.push(...problems.map((p) => `${label}: ${p}`))
          for (const name of REFUSED_CHECKS) {
            counted.refused++
            if (await REQUESTS[name](file.id, role, field.kind)) failures.push(`${label}: ${name} went through`)
            if ((await mediaSnapshot(payload, file.id)) !== before) failures.push(`${label}: ${name} changed the file`)
            if (!(await stillUsed(field, uses, file.id))) failures.push(`${label}: ${name} changed a document`)
          }
        }
        for (const role of allowedRoles) {
          const label = `${collection.slug}.${field.name} ${situation} as ${role}`
          const permissions = await adminPermissions(file.id, role)
          if (!permissions.every(Boolean)) failures.push(`${label}: the admin refuses (${permissions})`)
          for (const name of ALLOWED_EDITS) {
            counted.allowed++
            if (!(await REQUESTS[name](file.id, role, field.kind))) failures.push(`${label}: ${name} refused`)
          }
          if (!(await filesOnDisk(payload, file.id))) failures.push(`${label}: the new file is not on disk`)
        }
        const deleter = allowedRoles[index % allowedRoles.length]!
        const remove = ALLOWED_DELETES[index % ALLOWED_DELETES.length]!
        counted.allowed++
        const label = `${collection.slug}.${field.name} ${situation} as ${deleter}`
        if (!(await REQUESTS[remove](file.id, deleter, field.kind))) failures.push(`${label}: ${remove} refused`)
        if (JSON.parse(await mediaSnapshot(payload, file.id)).doc !== null) failures.push(`${label}: ${remove} left it`)
      }
    }
    expect(failures).toEqual([])
  }, 900_000)

  it('a file used by a draft of the own division and one of another: editors and reviewers may not change it', async () => {
    for (const collection of referrersToRun()) {
      const field = mediaFieldsOf(collection)[0]!
      const { file, uses } = await fileIn(field, 'own-and-other-drafts')
      const before = await mediaSnapshot(payload, file.id)
      for (const role of ['editor', 'reviewer'] as const) {
        expect(await adminPermissions(file.id, role)).toEqual([false, false])
        for (const name of REFUSED_CHECKS)
          expect(await REQUESTS[name](file.id, role, field.kind), `${role} ${name}`).toBe(false)
      }
      expect(await mediaSnapshot(payload, file.id)).toBe(before)
      expect(await stillUsed(field, uses, file.id)).toBe(true)
    }
  }, 300_000)

  it('a file no document uses: any staff member may replace, edit and delete it', async () => {
    for (const role of ROLES) {
      const file = await newMediaFile(payload, 'pdf')
      expect(await adminPermissions(file.id, role)).toEqual([true, true])
      for (const name of ['REST replace', 'REST edit', 'GraphQL edit'] as const)
        expect(await REQUESTS[name](file.id, role, 'pdf'), `${role} ${name}`).toBe(true)
      expect(await REQUESTS['REST delete'](file.id, role, 'pdf')).toBe(true)
    }
  })

  it('a bulk request over every file reaches only those the user may change', async () => {
    const [field] = mediaFieldsOf(payload.collections.laws.config)
    for (const role of ['editor', 'reviewer'] as const) {
      const refused = await fileIn(field!, 'other-draft')
      const free = await newMediaFile(payload, 'pdf')
      const before = await mediaSnapshot(payload, refused.file.id)
      const all = await rest.patch(`/${MEDIA}?where[alt][exists]=true`, { alt: 'ทุกไฟล์' }, { token: tokens[role] })
      expect(all.status).toBeLessThan(500)
      const reached = all.body.docs.map((d: { id: number }) => d.id)
      expect(reached).toContain(free.id)
      expect(reached).not.toContain(refused.file.id)
      // The admin's permissions for every collection (asked on each page) still answer.
      expect((await rest.get('/access', { token: tokens[role] })).status).toBe(200)
      expect(await mediaSnapshot(payload, refused.file.id)).toBe(before)
    }
  })
})
