/**
 * Roles × workflow steps × own/other division, through REST and through GraphQL: each
 * step either happens or is refused, on the server, whatever the client. Also: the
 * step cannot be set directly, a send-back needs a reason, every step leaves an audit
 * entry that nobody can change and that outlives the document, and the trash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { copyOfPublished } from '../helpers/documents'
import { graphqlClient } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const SLUG = 'laws'
const GQL = { singular: 'Law', plural: 'Laws' }
const PASSWORD = 'Wf-roles-k8Qz!2569'

type Role = 'admin' | 'editor' | 'publisher' | 'reviewer'
type Api = 'graphql' | 'rest'
type Division = 'other' | 'own'
const ROLES: Role[] = ['editor', 'reviewer', 'publisher', 'admin']
const DIVISIONS: Division[] = ['own', 'other']

let t: TestPayload
let rest: RestClient
let gql: ReturnType<typeof graphqlClient>
const tokens: Record<string, string> = {}
const division: Record<Division, number> = { own: 0, other: 0 }
let template: Record<string, unknown>
let serial = 0

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  gql = graphqlClient(t.config)
  const find = async (code: string) =>
    (await t.payload.find({ collection: 'divisions', where: { code: { equals: code } }, limit: 1 })).docs[0]!
      .id as number
  division.own = await find('finance')
  division.other = await find('procurement')
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  for (const role of ['editor', 'reviewer', 'publisher'] as const) {
    await t.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: `${role}@example.go.th`,
        password: PASSWORD,
        name: role,
        roles: [role],
        divisions: [division.own],
      },
    })
    tokens[role] = await rest.login(`${role}@example.go.th`, PASSWORD)
  }
  template = await copyOfPublished(t.payload, SLUG, '')
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

/** A document in the given division, brought to a step by the system (no user). */
async function docAt(
  where: Division,
  step: 'approved' | 'draft' | 'published' | 'submitted' | 'trashed-draft' | 'trashed-published',
) {
  serial++
  const data = { ...template, title: `กฎหมายทดสอบ ${serial}`, division: division[where] }
  const created = await t.payload.create({
    collection: SLUG,
    data: { ...data, _status: 'draft' } as never,
    draft: true,
  })
  const id = created.id as number
  const patch = (body: Record<string, unknown>, draft = true) =>
    t.payload.update({ collection: SLUG, id, data: body as never, draft })
  if (step === 'submitted' || step === 'approved' || step === 'published' || step === 'trashed-published') {
    await patch({ workflowAction: 'submit' })
  }
  if (step === 'approved' || step === 'published' || step === 'trashed-published')
    await patch({ workflowAction: 'approve' })
  if (step === 'published' || step === 'trashed-published') await patch({ _status: 'published' }, false)
  if (step.startsWith('trashed')) await patch({ deletedAt: new Date().toISOString() }, false)
  return id
}

type Outcome = 'allowed' | 'refused'

interface Action {
  name: string
  from: Parameters<typeof docAt>[1]
  /** Whether it happened, read back as the system. */
  happened: (id: number) => Promise<boolean>
  rest: (id: number, token: string) => Promise<number>
  graphql: (id: number, token: string) => Promise<boolean>
  expected: (role: Role, where: Division) => Outcome
}

const stateOf = async (id: number) =>
  (await t.payload.findByID({ collection: SLUG, id, draft: true, trash: true, depth: 0 })) as unknown as Record<
    string,
    unknown
  >
const mainRow = async (id: number) =>
  (await t.payload.db.findOne({ collection: SLUG, where: { id: { equals: id } } })) as Record<string, unknown> | null

const graphqlAs = async (token: string, source: string) => !(await gql(source, {}, token)).errors?.length

/**
 * Moving to the trash (an update setting `deletedAt`), through either API; with `?draft=true`
 * too, which must change nothing of the rules: the trash holds documents, not drafts.
 */
const trashVia = (draft = false) => ({
  rest: async (id: number, token: string) =>
    (await rest.patch(`/${SLUG}/${id}${draft ? '?draft=true' : ''}`, { deletedAt: new Date().toISOString() }, { token }))
      .status,
  graphql: (id: number, token: string) =>
    graphqlAs(
      token,
      `mutation { update${GQL.singular}(id: ${id}${draft ? ', draft: true' : ''}, data: { deletedAt: "${new Date().toISOString()}" }) { id } }`,
    ),
})

/** Restoring from the trash (clearing `deletedAt`), through either API, with or without `?draft=true`. */
const restoreVia = (draft = false) => ({
  rest: async (id: number, token: string) =>
    (await rest.patch(`/${SLUG}/${id}?trash=true${draft ? '&draft=true' : ''}`, { deletedAt: null }, { token })).status,
  graphql: (id: number, token: string) =>
    graphqlAs(
      token,
      `mutation { update${GQL.singular}(id: ${id}, trash: true${draft ? ', draft: true' : ''}, data: { deletedAt: null }) { id } }`,
    ),
})

/**
 * Whether the document is in the trash, asked of its own row and of its latest version
 * (what the admin's edit view shows): the two must agree.
 */
async function inTrash(id: number): Promise<boolean> {
  const row = Boolean((await mainRow(id))?.deletedAt)
  const latest = Boolean((await stateOf(id)).deletedAt)
  expect(latest, 'the latest version and the document disagree about the trash').toBe(row)
  return row
}

const stepVia = (step: string, extra: Record<string, unknown> = {}) => ({
  rest: async (id: number, token: string) =>
    (await rest.patch(`/${SLUG}/${id}?draft=true`, { workflowAction: step, ...extra }, { token })).status,
  graphql: async (id: number, token: string) => {
    const reason = extra.workflowReason ? `, workflowReason: ${JSON.stringify(extra.workflowReason)}` : ''
    const res = await gql(
      `mutation { update${GQL.singular}(id: ${id}, draft: true, data: { workflowAction: ${step}${reason} }) { id } }`,
      {},
      token,
    )
    return !res.errors?.length
  },
})

const own = (role: Role, where: Division) => role === 'publisher' || role === 'admin' || where === 'own'
const publishers = (role: Role) => role === 'publisher' || role === 'admin'

const ACTIONS: Action[] = [
  {
    name: 'create',
    from: 'draft',
    happened: async () => true,
    rest: async () => 0,
    graphql: async () => true,
    expected: (role, where) => (own(role, where) ? 'allowed' : 'refused'),
  },
  {
    name: 'edit',
    from: 'draft',
    happened: async (id) => String((await stateOf(id)).summary ?? '').includes('แก้ไขโดยผู้ทดสอบ'),
    rest: async (id, token) =>
      (await rest.patch(`/${SLUG}/${id}?draft=true`, { summary: 'แก้ไขโดยผู้ทดสอบ' }, { token })).status,
    graphql: async (id, token) =>
      !(
        await gql(
          `mutation { update${GQL.singular}(id: ${id}, draft: true, data: { summary: "แก้ไขโดยผู้ทดสอบ" }) { id } }`,
          {},
          token,
        )
      ).errors?.length,
    expected: (role, where) => (own(role, where) ? 'allowed' : 'refused'),
  },
  {
    name: 'submit',
    from: 'draft',
    happened: async (id) => (await stateOf(id)).workflowState === 'submitted',
    ...stepVia('submit'),
    expected: (role, where) => (own(role, where) ? 'allowed' : 'refused'),
  },
  {
    name: 'approve',
    from: 'submitted',
    happened: async (id) => (await stateOf(id)).workflowState === 'approved',
    ...stepVia('approve'),
    expected: (role, where) => (publishers(role) || (role === 'reviewer' && where === 'own') ? 'allowed' : 'refused'),
  },
  {
    name: 'send back',
    from: 'submitted',
    happened: async (id) => (await stateOf(id)).workflowState === 'returned',
    ...stepVia('sendBack', { workflowReason: 'ขาดวันที่ประกาศ' }),
    expected: (role, where) => (publishers(role) || (role === 'reviewer' && where === 'own') ? 'allowed' : 'refused'),
  },
  {
    name: 'publish',
    from: 'approved',
    happened: async (id) => (await mainRow(id))?._status === 'published',
    rest: async (id, token) => (await rest.patch(`/${SLUG}/${id}`, { _status: 'published' }, { token })).status,
    graphql: async (id, token) =>
      !(await gql(`mutation { update${GQL.singular}(id: ${id}, data: { _status: published }) { id } }`, {}, token))
        .errors?.length,
    expected: (role) => (publishers(role) ? 'allowed' : 'refused'),
  },
  {
    name: 'unpublish',
    from: 'published',
    happened: async (id) => (await mainRow(id))?._status === 'draft',
    rest: async (id, token) => (await rest.patch(`/${SLUG}/${id}`, { _status: 'draft' }, { token })).status,
    graphql: async (id, token) =>
      !(await gql(`mutation { update${GQL.singular}(id: ${id}, data: { _status: draft }) { id } }`, {}, token)).errors
        ?.length,
    expected: (role) => (publishers(role) ? 'allowed' : 'refused'),
  },
  {
    name: 'delete a draft (to the trash)',
    from: 'draft',
    happened: inTrash,
    ...trashVia(),
    expected: (role, where) => (own(role, where) ? 'allowed' : 'refused'),
  },
  {
    name: 'delete a draft (to the trash) with ?draft=true',
    from: 'draft',
    happened: inTrash,
    ...trashVia(true),
    expected: (role, where) => (own(role, where) ? 'allowed' : 'refused'),
  },
  {
    name: 'delete a published document (to the trash)',
    from: 'published',
    happened: inTrash,
    ...trashVia(),
    expected: (role) => (publishers(role) ? 'allowed' : 'refused'),
  },
  {
    name: 'delete a published document (to the trash) with ?draft=true',
    from: 'published',
    happened: inTrash,
    ...trashVia(true),
    expected: (role) => (publishers(role) ? 'allowed' : 'refused'),
  },
  {
    name: 'delete for good (empty the trash)',
    from: 'trashed-draft',
    happened: async (id) => (await mainRow(id)) === null,
    rest: async (id, token) => (await rest.delete(`/${SLUG}/${id}?trash=true`, { token })).status,
    graphql: async (id, token) =>
      !(await gql(`mutation { delete${GQL.singular}(id: ${id}, trash: true) { id } }`, {}, token)).errors?.length,
    expected: (role) => (role === 'admin' ? 'allowed' : 'refused'),
  },
  {
    name: 'restore a draft',
    from: 'trashed-draft',
    happened: async (id) => !(await inTrash(id)),
    ...restoreVia(),
    expected: (role, where) => (own(role, where) ? 'allowed' : 'refused'),
  },
  {
    name: 'restore a draft with ?draft=true',
    from: 'trashed-draft',
    happened: async (id) => !(await inTrash(id)),
    ...restoreVia(true),
    expected: (role, where) => (own(role, where) ? 'allowed' : 'refused'),
  },
  {
    name: 'restore a published document',
    from: 'trashed-published',
    happened: async (id) => !(await inTrash(id)),
    ...restoreVia(),
    expected: (role) => (publishers(role) ? 'allowed' : 'refused'),
  },
  {
    name: 'restore a published document with ?draft=true',
    from: 'trashed-published',
    happened: async (id) => !(await inTrash(id)),
    ...restoreVia(true),
    expected: (role) => (publishers(role) ? 'allowed' : 'refused'),
  },
]

describe('role × step × division, through REST and GraphQL', () => {
  const cases = ACTIONS.flatMap((action) =>
    ROLES.flatMap((role) =>
      DIVISIONS.flatMap((where) => (['rest', 'graphql'] as Api[]).map((api) => ({ action, role, where, api }))),
    ),
  )

  it.each(cases.map((c) => [`${c.action.name} · ${c.role} · ${c.where} · ${c.api}`, c] as const))(
    '%s',
    async (_name, c) => {
      const token = tokens[c.role]!
      const expected = c.action.expected(c.role, c.where)
      if (c.action.name === 'create') {
        serial++
        const data = { ...template, title: `สร้างโดย ${c.role} ${serial}`, division: division[c.where] }
        let ok: boolean
        if (c.api === 'rest') {
          const res = await rest.post(`/${SLUG}?draft=true`, { ...data, _status: 'draft' }, { token })
          ok = res.status === 201
          if (!ok) expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
        } else {
          const res = await gql(
            `mutation($data: mutation${GQL.singular}Input!) { create${GQL.singular}(data: $data, draft: true) { id } }`,
            { data: { title: data.title, division: data.division, summary: 'x', _status: 'draft' } },
            token,
          )
          ok = !res.errors?.length
        }
        expect(ok ? 'allowed' : 'refused').toBe(expected)
        return
      }
      const id = await docAt(c.where, c.action.from)
      if (c.api === 'rest') {
        const status = await c.action.rest(id, token)
        if (expected === 'allowed') expect(status).toBeLessThan(300)
        else {
          expect(status).toBeGreaterThanOrEqual(400)
          expect(status).toBeLessThan(500)
        }
      } else {
        expect((await c.action.graphql(id, token)) ? 'allowed' : 'refused').toBe(expected)
      }
      expect((await c.action.happened(id)) ? 'allowed' : 'refused').toBe(expected)
    },
  )
})

describe('the workflow rules', () => {
  it('a send-back needs a reason, and the editor sees it', async () => {
    const id = await docAt('own', 'submitted')
    const bare = await rest.patch(
      `/${SLUG}/${id}?draft=true`,
      { workflowAction: 'sendBack' },
      { token: tokens.reviewer },
    )
    expect(bare.status).toBe(400)
    expect((await stateOf(id)).workflowState).toBe('submitted')
    const ok = await rest.patch(
      `/${SLUG}/${id}?draft=true`,
      { workflowAction: 'sendBack', workflowReason: 'ขาดเลขที่ประกาศ' },
      { token: tokens.reviewer },
    )
    expect(ok.status).toBe(200)
    const read = await rest.get(`/${SLUG}/${id}?draft=true`, { token: tokens.editor })
    expect(read.body.workflowState).toBe('returned')
    expect(read.body.workflowNote).toBe('ขาดเลขที่ประกาศ')
  })

  it('nobody sets the step directly, not even an administrator', async () => {
    const id = await docAt('own', 'draft')
    for (const token of [tokens.editor, tokens.admin]) {
      await rest.patch(`/${SLUG}/${id}?draft=true`, { workflowState: 'approved' }, { token })
      expect((await stateOf(id)).workflowState).toBe('draft')
    }
  })

  it('a publisher cannot publish what was not approved; an administrator can', async () => {
    const id = await docAt('own', 'draft')
    const res = await rest.patch(`/${SLUG}/${id}`, { _status: 'published' }, { token: tokens.publisher })
    expect(res.status).toBe(400)
    expect((await mainRow(id))?._status).toBe('draft')
    expect((await rest.patch(`/${SLUG}/${id}`, { _status: 'published' }, { token: tokens.admin })).status).toBe(200)
  })

  it('an editor’s edit of an approved document takes it back to the draft step', async () => {
    const id = await docAt('own', 'approved')
    await rest.patch(`/${SLUG}/${id}?draft=true`, { summary: 'เปลี่ยนหลังอนุมัติ' }, { token: tokens.editor })
    expect((await stateOf(id)).workflowState).toBe('draft')
  })

  it('an editor cannot move a document to another division', async () => {
    const id = await docAt('own', 'draft')
    const res = await rest.patch(`/${SLUG}/${id}?draft=true`, { division: division.other }, { token: tokens.editor })
    expect(res.status).toBe(403)
    expect(String((await stateOf(id)).division)).toBe(String(division.own))
  })

  it('editors read only their divisions’ unpublished documents', async () => {
    const mine = await docAt('own', 'draft')
    const theirs = await docAt('other', 'draft')
    expect((await rest.get(`/${SLUG}/${mine}?draft=true`, { token: tokens.editor })).status).toBe(200)
    expect((await rest.get(`/${SLUG}/${theirs}?draft=true`, { token: tokens.editor })).status).toBe(404)
    const list = await rest.get(`/${SLUG}?draft=true&limit=500&depth=0`, { token: tokens.editor })
    const ids = list.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(mine)
    expect(ids).not.toContain(theirs)
    const versions = await rest.get(`/${SLUG}/versions?where[parent][equals]=${theirs}`, { token: tokens.editor })
    expect(versions.body.docs ?? []).toHaveLength(0)
    expect((await rest.get(`/${SLUG}/${theirs}?draft=true`, { token: tokens.publisher })).status).toBe(200)
  })
})

describe('paths around the rules (found in review)', () => {
  it('draft=true with _status "published" still needs the publisher', async () => {
    const id = await docAt('own', 'approved')
    const res = await rest.patch(`/${SLUG}/${id}?draft=true`, { _status: 'published' }, { token: tokens.editor })
    expect(res.status).toBe(403)
    expect((await mainRow(id))?._status).toBe('draft')
    const gql = await graphqlAs(
      tokens.editor!,
      `mutation { updateLaw(id: ${id}, draft: true, data: { _status: published }) { id } }`,
    )
    expect(gql).toBe(false)
    expect((await mainRow(id))?._status).toBe('draft')
  })

  it('an editor cannot publish by restoring from the trash as published', async () => {
    const id = await docAt('own', 'trashed-draft')
    const res = await rest.patch(
      `/${SLUG}/${id}?trash=true`,
      { deletedAt: null, _status: 'published' },
      { token: tokens.editor },
    )
    expect(res.status).toBeGreaterThanOrEqual(400)
    const row = await mainRow(id)
    expect(row?._status).toBe('draft')
    expect(row?.deletedAt).toBeTruthy()
  })

  it('an editor cannot take a published document off the site by trashing it under a draft', async () => {
    const id = await docAt('own', 'published')
    expect(
      (await rest.patch(`/${SLUG}/${id}?draft=true`, { summary: 'ร่างทับฉบับเผยแพร่' }, { token: tokens.editor })).status,
    ).toBe(200)
    const res = await rest.patch(`/${SLUG}/${id}`, { deletedAt: new Date().toISOString() }, { token: tokens.editor })
    expect(res.status).toBeGreaterThanOrEqual(400)
    const row = await mainRow(id)
    expect(row?._status).toBe('published')
    expect(row?.deletedAt ?? null).toBeNull()
  })

  it('restoring a published version is the publisher’s; restoring it as a draft is not a publication', async () => {
    const id = await docAt('own', 'published')
    await t.payload.update({ collection: SLUG, id, data: { summary: 'แก้ภายหลัง' } as never, draft: true })
    const versions = await t.payload.findVersions({
      collection: SLUG,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      limit: 1,
    })
    const versionId = versions.docs[0]!.id
    const byEditor = await rest.post(`/${SLUG}/versions/${versionId}`, undefined, { token: tokens.editor })
    expect(byEditor.status).toBeGreaterThanOrEqual(400)
    const draftByPublisher = await rest.post(`/${SLUG}/versions/${versionId}?draft=true`, undefined, {
      token: tokens.publisher,
    })
    expect(draftByPublisher.status).toBe(200)
    const byPublisher = await rest.post(`/${SLUG}/versions/${versionId}`, undefined, { token: tokens.publisher })
    expect(byPublisher.status).toBe(200)
    expect((await mainRow(id))?._status).toBe('published')
  })

  it('an editor can neither clear the division nor duplicate another division’s document into it', async () => {
    const id = await docAt('own', 'draft')
    await rest.patch(`/${SLUG}/${id}?draft=true`, { division: null }, { token: tokens.editor })
    expect(String((await stateOf(id)).division)).toBe(String(division.own))
    const theirs = await docAt('other', 'published')
    const copy = await rest.post(`/${SLUG}/${theirs}/duplicate?draft=true`, {}, { token: tokens.editor })
    expect(copy.status).toBeGreaterThanOrEqual(400)
  })

  it('an editor cannot edit the organisation profile, nor write the step’s note', async () => {
    const { docs } = await t.payload.find({ collection: 'organisations', limit: 1, draft: true })
    const res = await rest.patch(
      `/organisations/${docs[0]!.id}?draft=true`,
      { nameEn: 'Changed' },
      { token: tokens.editor },
    )
    expect(res.status).toBe(403)
    const id = await docAt('own', 'draft')
    await rest.patch(
      `/${SLUG}/${id}?draft=true`,
      { workflowNote: 'เขียนเอง', workflowChangedAt: '2000-01-01T00:00:00.000Z' },
      { token: tokens.editor },
    )
    const after = await stateOf(id)
    expect(after.workflowNote ?? null).toBeNull()
    expect(after.workflowChangedAt ?? null).not.toBe('2000-01-01T00:00:00.000Z')
  })

  it('an editor cannot replace or delete a file a published document uses', async () => {
    const { docs } = await t.payload.find({ collection: 'media', where: { public: { equals: true } }, limit: 1 })
    const file = docs[0]!
    expect((await rest.delete(`/media/${file.id}`, { token: tokens.editor })).status).toBeGreaterThanOrEqual(400)
    expect(
      (await rest.patch(`/media/${file.id}`, { alt: 'เปลี่ยน' }, { token: tokens.editor })).status,
    ).toBeGreaterThanOrEqual(400)
    expect(await t.payload.findByID({ collection: 'media', id: file.id, depth: 0 })).toMatchObject({ alt: file.alt })
  })
})

describe('audit log', () => {
  it('records who did each step, survives deletion, and cannot be changed by anyone', async () => {
    const id = await docAt('own', 'draft')
    await rest.patch(`/${SLUG}/${id}?draft=true`, { workflowAction: 'submit' }, { token: tokens.editor })
    await rest.patch(
      `/${SLUG}/${id}?draft=true`,
      { workflowAction: 'sendBack', workflowReason: 'แก้ชื่อเรื่อง' },
      { token: tokens.reviewer },
    )
    await rest.patch(`/${SLUG}/${id}?draft=true`, { workflowAction: 'submit' }, { token: tokens.editor })
    await rest.patch(`/${SLUG}/${id}?draft=true`, { workflowAction: 'approve' }, { token: tokens.reviewer })
    expect((await rest.patch(`/${SLUG}/${id}`, { _status: 'published' }, { token: tokens.publisher })).status).toBe(200)
    expect(
      (await rest.patch(`/${SLUG}/${id}`, { deletedAt: new Date().toISOString() }, { token: tokens.publisher })).status,
    ).toBe(200)
    expect((await rest.delete(`/${SLUG}/${id}?trash=true`, { token: tokens.admin })).status).toBe(200)
    expect(await mainRow(id)).toBeNull()

    const log = await rest.get(
      `/audit-log?where[collection][equals]=${SLUG}&where[documentId][equals]=${id}&sort=createdAt&limit=50&depth=0`,
      { token: tokens.admin },
    )
    const entries = log.body.docs as { action: string; userName: string; reason?: string; id: number }[]
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['submit', 'sendBack', 'approve', 'publish', 'trash', 'delete']),
    )
    const sendBack = entries.find((e) => e.action === 'sendBack')!
    expect(sendBack.userName).toContain('reviewer@example.go.th')
    expect(sendBack.reason).toBe('แก้ชื่อเรื่อง')
    expect(entries.find((e) => e.action === 'publish')!.userName).toContain('publisher@example.go.th')

    const entry = entries[0]!
    for (const token of [tokens.admin, tokens.publisher, tokens.editor]) {
      expect(
        (await rest.patch(`/audit-log/${entry.id}`, { reason: 'แก้ประวัติ' }, { token })).status,
      ).toBeGreaterThanOrEqual(400)
      expect((await rest.delete(`/audit-log/${entry.id}`, { token })).status).toBeGreaterThanOrEqual(400)
      expect(
        (await rest.post(`/audit-log`, { action: 'publish', collection: SLUG, documentId: '1' }, { token })).status,
      ).toBeGreaterThanOrEqual(400)
    }
    const again = await t.payload.findByID({ collection: 'audit-log', id: entry.id, depth: 0 })
    expect((again as { reason?: string }).reason ?? null).toBe(entry.reason ?? null)
    expect((await rest.get(`/audit-log`, { token: null })).status).toBe(403)
  })

  it('a refused step leaves no audit entry and no change', async () => {
    const id = await docAt('own', 'draft')
    const before = await t.payload.count({ collection: 'audit-log', where: { documentId: { equals: String(id) } } })
    expect((await rest.patch(`/${SLUG}/${id}`, { _status: 'published' }, { token: tokens.editor })).status).toBe(403)
    const after = await t.payload.count({ collection: 'audit-log', where: { documentId: { equals: String(id) } } })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})
