/**
 * A file is part of what a document shows (issue 17, item 7): replacing, editing or
 * deleting the file of a submitted or approved document changes that document, which then
 * leaves review exactly as an edit of its own fields by the same user would (to the draft
 * step, unless the user may approve it), with an audit entry saying why. Enumerated from
 * the config: every file field of every workflow collection; and, for one collection,
 * every role × (field edit, file replace) from submitted and from approved: the same step.
 */
import type { Payload, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { copyOfPublished, titleFieldOf } from '../helpers/documents'
import { pdfBlob, pngBlob, uploadForm } from '../helpers/files'
import { MEDIA, type MediaField, mediaFieldsOf, newMediaFile, setAt } from '../helpers/media'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { manyPerOrganisation } from '../helpers/config-walk'

const PASSWORD = 'Workflow-files-h3Rt!2569'
const ROLES = ['editor', 'reviewer', 'publisher', 'admin'] as const
type Role = (typeof ROLES)[number]
type Step = 'approved' | 'submitted'

let t: TestPayload
let payload: Payload
let rest: RestClient
const tokens = {} as Record<Role, string>
const userIds = {} as Record<Role, number>
let own = 0
let n = 0
const templates: Record<string, Record<string, unknown>> = {}

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  rest = new RestClient(t.config)
  own = (await payload.find({ collection: 'divisions', where: { code: { equals: 'finance' } }, limit: 1 })).docs[0]!
    .id as number
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  userIds.admin = (await payload.find({ collection: 'users', where: { email: { equals: DEFAULT_ADMIN.email } } }))
    .docs[0]!.id as number
  for (const role of ['editor', 'reviewer', 'publisher'] as const) {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `${role}-wf@example.go.th`, password: PASSWORD, name: role, roles: [role], divisions: [own] },
    })
    userIds[role] = user.id as number
    tokens[role] = await rest.login(`${role}-wf@example.go.th`, PASSWORD)
  }
}, 180_000)

afterAll(async () => {
  await t?.cleanup()
})

/** The collections the workflow runs, from the config it was built with. */
function workflowCollections(): SanitizedCollectionConfig[] {
  const custom = payload.config.custom.workflow as { collections: { slug: string }[] }
  // One profile per organisation: not copied here (test/helpers/config-walk.ts, manyPerOrganisation).
  return custom.collections.map(({ slug }) => payload.collections[slug as 'laws'].config).filter(manyPerOrganisation)
}

/** A document of the own division using a new file in `field`, brought to `step` by the system. */
async function documentAt(field: MediaField, step: Step) {
  const file = await newMediaFile(payload, field.kind)
  const slug = field.collection as 'laws'
  const template = (templates[slug] ??= await copyOfPublished(payload, slug, 'wf'))
  const copy = structuredClone(template)
  const title = titleFieldOf(payload, slug)
  copy[title] = `${String(copy[title])} ${++n}`
  copy.division = own
  setAt(copy, field.path, field.hasMany ? [file.id] : file.id)
  const doc = await payload.create({ collection: slug, data: { ...copy, _status: 'draft' } as never, draft: true })
  const id = doc.id as number
  await payload.update({ collection: slug, id, data: { workflowAction: 'submit' } as never, draft: true })
  if (step === 'approved') {
    await payload.update({ collection: slug, id, data: { workflowAction: 'approve' } as never, draft: true })
  }
  expect(await stepOf(slug, id)).toBe(step)
  return { id, file }
}

const stepOf = async (slug: string, id: number) =>
  ((await payload.findByID({ collection: slug as 'laws', id, draft: true, depth: 0 })) as { workflowState?: string })
    .workflowState

const published = async (slug: string, id: number) =>
  ((await payload.db.findOne({ collection: slug as 'laws', where: { id: { equals: id } } })) as { _status?: string })
    ?._status === 'published'

/** May the user replace this file (the media permissions the admin asks for)? */
async function mayChangeFile(role: Role, file: number): Promise<boolean> {
  const res = await rest.post(`/${MEDIA}/access/${file}`, {}, { token: tokens[role] })
  return res.body?.update === true || res.body?.update?.permission === true
}

/** May the user approve documents like this one (the workflow's review permission: their division, or all)? */
const mayReview = (role: Role, slug: string) => role !== 'editor' && (role !== 'reviewer' || slug !== 'organisations')

async function replaceFile(file: number, kind: 'pdf' | 'png', role: Role) {
  const body = uploadForm(kind === 'pdf' ? pdfBlob() : await pngBlob(60, 40), `new-${++n}.${kind}`, { alt: 'ใหม่' })
  return rest.patch(`/${MEDIA}/${file}`, body, { token: tokens[role] })
}

/** The audit entries of a document, oldest first. */
async function entriesOf(slug: string, id: number) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: slug } }, { documentId: { equals: String(id) } }] },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
  })
  return docs as unknown as Record<string, unknown>[]
}

describe('replacing the file of an approved document', () => {
  it('every file field of every workflow collection: the document leaves approval (unless its changer may approve it), publishing it is refused, and the log says why', async () => {
    const failures: string[] = []
    let sentBack = 0
    for (const collection of workflowCollections()) {
      for (const field of mediaFieldsOf(collection)) {
        const label = `${collection.slug}.${field.name}`
        const { id, file } = await documentAt(field, 'approved')
        // The least trusted role that may change the file (item 6 decides who may).
        let role: Role | undefined
        for (const candidate of ROLES) if (!role && (await mayChangeFile(candidate, file.id))) role = candidate
        if (!role) {
          failures.push(`${label}: nobody may replace the file`)
          continue
        }
        const replaced = await replaceFile(file.id, field.kind, role)
        if (replaced.status !== 200) {
          failures.push(`${label}: ${role} could not replace it (${replaced.status})`)
          continue
        }
        const expected = mayReview(role, collection.slug) ? 'approved' : 'draft'
        const step = await stepOf(collection.slug, id)
        if (step !== expected) failures.push(`${label}: replaced by ${role}, step ${step}, expected ${expected}`)
        const entry = (await entriesOf(collection.slug, id)).at(-1)
        if (
          entry?.action !== 'update' ||
          entry.user !== userIds[role] ||
          !String(entry.reason).includes(replaced.body.doc.filename)
        ) {
          failures.push(`${label}: audit entry ${JSON.stringify(entry)}`)
        }
        if (expected === 'draft') {
          sentBack++
          if (entry?.fromState !== 'approved' || entry.toState !== 'draft')
            failures.push(`${label}: audit steps ${entry?.fromState} → ${entry?.toState}`)
          const publish = await rest.patch(
            `/${collection.slug}/${id}`,
            { _status: 'published' },
            { token: tokens.publisher },
          )
          if (publish.status !== 400 || (await published(collection.slug, id)))
            failures.push(`${label}: published without a new approval (${publish.status})`)
          // Submitted and approved again, it may be published.
          await rest.patch(
            `/${collection.slug}/${id}?draft=true`,
            { workflowAction: 'submit' },
            { token: tokens.editor },
          )
          await rest.patch(
            `/${collection.slug}/${id}?draft=true`,
            { workflowAction: 'approve' },
            { token: tokens.reviewer },
          )
          const again = await rest.patch(
            `/${collection.slug}/${id}`,
            { _status: 'published' },
            { token: tokens.publisher },
          )
          if (again.status !== 200 || !(await published(collection.slug, id)))
            failures.push(`${label}: not published after a new approval (${again.status})`)
        }
      }
    }
    expect(failures).toEqual([])
    // The OIT categories' fields at least (the organisation profile is edited by publishers only).
    expect(sentBack).toBeGreaterThanOrEqual(14)
  }, 600_000)

  it('editing the details of the file, or deleting it, does the same', async () => {
    for (const collection of workflowCollections().filter((c) => c.slug !== 'organisations')) {
      const field = mediaFieldsOf(collection)[0]!
      const edited = await documentAt(field, 'approved')
      expect(
        (await rest.patch(`/${MEDIA}/${edited.file.id}`, { alt: 'คำอธิบายใหม่' }, { token: tokens.editor })).status,
      ).toBe(200)
      expect(await stepOf(collection.slug, edited.id), collection.slug).toBe('draft')

      const deleted = await documentAt(field, 'submitted')
      expect((await rest.delete(`/${MEDIA}/${deleted.file.id}`, { token: tokens.editor })).status).toBe(200)
      expect(await stepOf(collection.slug, deleted.id), collection.slug).toBe('draft')
      const entry = (await entriesOf(collection.slug, deleted.id)).at(-1)
      expect(entry).toMatchObject({ action: 'update', fromState: 'submitted', toState: 'draft' })
      expect(String(entry?.reason)).toContain(deleted.file.filename)
    }
  }, 300_000)

  it('a file two approved documents share: both leave approval', async () => {
    const [field] = mediaFieldsOf(payload.collections.laws.config)
    const first = await documentAt(field!, 'approved')
    const second = await documentAt(field!, 'approved')
    await payload.update({ collection: 'laws', id: second.id, data: { document: first.file.id } as never, draft: true })
    // The system's edit keeps the approval (it may approve); the editor's replacement does not.
    expect(await stepOf('laws', second.id)).toBe('approved')
    expect((await replaceFile(first.file.id, 'pdf', 'editor')).status).toBe(200)
    expect([await stepOf('laws', first.id), await stepOf('laws', second.id)]).toEqual(['draft', 'draft'])
  })

  it('an approved draft over a published document: it leaves approval, the published version stays as it was', async () => {
    const [field] = mediaFieldsOf(payload.collections.laws.config)
    const { id, file } = await documentAt(field!, 'approved')
    await payload.update({ collection: 'laws', id, data: { _status: 'published' } as never })
    const second = await newMediaFile(payload, 'pdf')
    await payload.update({ collection: 'laws', id, data: { document: second.id } as never, draft: true })
    // A draft over a published document, saved by someone who may approve it, is approved.
    expect(await stepOf('laws', id)).toBe('approved')
    const row = await payload.db.findOne({ collection: 'laws', where: { id: { equals: id } } })
    // The draft's own file: the editor may replace it (no published version uses it).
    expect((await replaceFile(second.id, 'pdf', 'editor')).status).toBe(200)
    expect(await stepOf('laws', id)).toBe('draft')
    expect(await payload.db.findOne({ collection: 'laws', where: { id: { equals: id } } })).toEqual(row)
    // The published file is the publishers' to replace.
    expect((await replaceFile(file.id, 'pdf', 'editor')).status).toBe(403)
  })
})

describe('an edit of the document and a change of its file leave review the same way', () => {
  it('every role × from submitted and approved × (field edit, file replace): the same step', async () => {
    const [field] = mediaFieldsOf(payload.collections.laws.config)
    const failures: string[] = []
    for (const role of ROLES) {
      for (const step of ['submitted', 'approved'] as const) {
        const edited = await documentAt(field!, step)
        const edit = await rest.patch(
          `/laws/${edited.id}?draft=true`,
          { summary: `แก้ไข ${++n}` },
          { token: tokens[role] },
        )
        const replacedDoc = await documentAt(field!, step)
        const replace = await replaceFile(replacedDoc.file.id, 'pdf', role)
        const [a, b] = [await stepOf('laws', edited.id), await stepOf('laws', replacedDoc.id)]
        if (edit.status !== 200 || replace.status !== 200 || a !== b)
          failures.push(`${role} from ${step}: edit ${edit.status} → ${a}, file ${replace.status} → ${b}`)
        const expected = mayReview(role, 'laws') ? step : 'draft'
        if (a !== expected) failures.push(`${role} from ${step}: ${a}, expected ${expected}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})
