/**
 * The trash holds documents, not drafts (issue 17, item 13): on every collection with both a
 * trash and drafts, read from the config, moving to or from the trash with `?draft=true`
 * does what the same request without it does, by the same rules: it happens (the document
 * itself and its latest version agree afterwards) or it is refused (and nothing moved). A
 * draft save that merely carries `deletedAt: null`, as the admin's form does, stays a draft.
 */
import type { SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { copyOfPublished, titleFieldOf } from '../helpers/documents'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const PASSWORD = 'Trash-drafts-5vNq!2569'

let t: TestPayload
let rest: RestClient
const tokens: Record<'admin' | 'editor' | 'publisher', string> = { admin: '', editor: '', publisher: '' }

/** Every collection with a trash and drafts, from the config. */
const trashCollections = (): SanitizedCollectionConfig[] =>
  t.payload.config.collections.filter((c) => c.trash && Boolean(c.versions?.drafts))

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  const divisions = (await t.payload.find({ collection: 'divisions', limit: 0, depth: 0 })).docs.map((d) => d.id)
  for (const role of ['editor', 'publisher'] as const) {
    await t.payload.create({
      collection: 'users',
      overrideAccess: true,
      // An editor of every division: each document below is "own".
      data: { email: `${role}@trash.example.go.th`, password: PASSWORD, name: role, roles: [role], divisions: divisions },
    })
    tokens[role] = await rest.login(`${role}@trash.example.go.th`, PASSWORD)
  }
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
}, 180_000)

afterAll(async () => {
  await t?.cleanup()
})

type Row = Record<string, unknown> | null

/** The document's own row and its latest version (what the admin shows), read as the system. */
async function both(slug: string, id: number | string): Promise<{ row: Row; latest: Row }> {
  const row = (await t.payload.db.findOne({ collection: slug as never, where: { id: { equals: id } } })) as Row
  const latest = (await t.payload.findByID({
    collection: slug as never,
    id,
    draft: true,
    trash: true,
    depth: 0,
    disableErrors: true,
  })) as Row
  return { row, latest }
}

/** Whether the document is in the trash; its row and its latest version must agree. */
async function inTrash(slug: string, id: number | string): Promise<boolean> {
  const { row, latest } = await both(slug, id)
  expect(Boolean(latest?.deletedAt), `${slug} ${id}: the latest version and the document disagree`).toBe(
    Boolean(row?.deletedAt),
  )
  return Boolean(row?.deletedAt)
}

/** A document of the collection at a step, made by the system. */
async function documentOf(slug: string, step: 'draft' | 'published', n: number) {
  const data = await copyOfPublished(t.payload, slug, `ถังขยะ ${n}`)
  const created = await t.payload.create({
    collection: slug as never,
    data: { ...data, _status: 'draft' } as never,
    draft: true,
  })
  const id = (created as { id: number }).id
  if (step === 'published') {
    for (const action of ['submit', 'approve'])
      await t.payload.update({ collection: slug as never, id, data: { workflowAction: action } as never, draft: true })
    await t.payload.update({ collection: slug as never, id, data: { _status: 'published' } as never })
  }
  return id
}

const trashDraft = (slug: string, id: number | string, token: string) =>
  rest.patch(`/${slug}/${id}?draft=true`, { deletedAt: new Date().toISOString() }, { token })
const restoreDraft = (slug: string, id: number | string, token: string) =>
  rest.patch(`/${slug}/${id}?trash=true&draft=true`, { deletedAt: null }, { token })

describe('every collection with a trash and drafts: ?draft=true moves the document, by the same rules', () => {
  it('finds such collections in the config', () => {
    expect(trashCollections().length).toBeGreaterThan(0)
  })

  it('a published document: the editor is refused both ways (403), the publisher moves it', async () => {
    const problems: string[] = []
    let n = 0
    for (const { slug } of trashCollections()) {
      const id = await documentOf(slug, 'published', ++n)
      const editorTrash = await trashDraft(slug, id, tokens.editor)
      if (editorTrash.status !== 403) problems.push(`${slug}: editor trash → ${editorTrash.status}`)
      if (await inTrash(slug, id)) problems.push(`${slug}: the editor's refused trash moved it`)

      const publisherTrash = await trashDraft(slug, id, tokens.publisher)
      if (publisherTrash.status !== 200) problems.push(`${slug}: publisher trash → ${publisherTrash.status}`)
      if (!(await inTrash(slug, id))) problems.push(`${slug}: the publisher's trash left it out of the trash`)

      const editorRestore = await restoreDraft(slug, id, tokens.editor)
      if (editorRestore.status !== 403) problems.push(`${slug}: editor restore → ${editorRestore.status}`)
      if (!(await inTrash(slug, id))) problems.push(`${slug}: the editor's refused restore moved it`)

      const publisherRestore = await restoreDraft(slug, id, tokens.publisher)
      if (publisherRestore.status !== 200) problems.push(`${slug}: publisher restore → ${publisherRestore.status}`)
      if (await inTrash(slug, id)) problems.push(`${slug}: the publisher's restore left it in the trash`)
      const { row } = await both(slug, id)
      if (row?._status !== 'published') problems.push(`${slug}: restored as ${String(row?._status)}`)
    }
    expect(problems).toEqual([])
  })

  it('a draft of the editor’s division: the editor moves it both ways', async () => {
    const problems: string[] = []
    let n = 100
    for (const { slug } of trashCollections()) {
      const id = await documentOf(slug, 'draft', ++n)
      const trash = await trashDraft(slug, id, tokens.editor)
      if (trash.status !== 200) problems.push(`${slug}: trash → ${trash.status} ${JSON.stringify(trash.body)}`)
      if (!(await inTrash(slug, id))) problems.push(`${slug}: still out of the trash`)
      const restore = await restoreDraft(slug, id, tokens.editor)
      if (restore.status !== 200) problems.push(`${slug}: restore → ${restore.status} ${JSON.stringify(restore.body)}`)
      if (await inTrash(slug, id)) problems.push(`${slug}: still in the trash`)
    }
    expect(problems).toEqual([])
  })

  it('a draft save carrying deletedAt: null (the admin form) stays a draft over the published document', async () => {
    const problems: string[] = []
    let n = 200
    for (const { slug } of trashCollections()) {
      const id = await documentOf(slug, 'published', ++n)
      const title = titleFieldOf(t.payload, slug)
      const before = await both(slug, id)
      const res = await rest.patch(
        `/${slug}/${id}?draft=true`,
        { [title]: `${String(before.row?.[title])} ร่างใหม่`, deletedAt: null },
        { token: tokens.publisher },
      )
      if (res.status !== 200) problems.push(`${slug}: draft save → ${res.status} ${JSON.stringify(res.body)}`)
      const after = await both(slug, id)
      if (after.row?.[title] !== before.row?.[title]) problems.push(`${slug}: the draft reached the published row`)
      if (after.row?._status !== 'published') problems.push(`${slug}: no longer published`)
      if (after.latest?.[title] === before.row?.[title]) problems.push(`${slug}: the draft was not saved`)
    }
    expect(problems).toEqual([])
  })
})
