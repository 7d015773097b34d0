/**
 * The foundation through the public interfaces: REST (Payload's own handlers, real
 * Requests), GraphQL, and the Local API, on a fresh database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DIVISIONS } from '../../seed/data/divisions'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { seed } from '../../seed/index'
import { pdfBlob, pngBlob, uploadForm } from '../helpers/files'
import { graphqlClient } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient

beforeAll(async () => {
  t = await bootPayload()
  rest = new RestClient(t.config)
})

afterAll(async () => {
  await t?.cleanup()
})

describe('first user', () => {
  it('the first account on an empty site becomes an administrator, whatever it asked for', async () => {
    const res = await rest.post('/users/first-register', {
      email: 'first@example.go.th',
      password: 'first-user-pw',
      roles: ['editor'],
    })
    expect(res.status).toBe(200)
    expect(res.body.user.roles).toEqual(['admin'])
  })
})

describe('seed', () => {
  it('creates the divisions, the demo organisation and the admin, and is idempotent', async () => {
    const first = await seed(t.payload, { withDemoContent: false })
    expect(first.created).toEqual({ divisions: DIVISIONS.length, organisations: 1, users: 1 })
    const second = await seed(t.payload, { withDemoContent: false })
    expect(second.created).toEqual({ divisions: 0, organisations: 0, users: 0 })
    const { totalDocs } = await t.payload.count({ collection: 'divisions' })
    expect(totalDocs).toBe(DIVISIONS.length)
  })

  it('lets the seeded admin log in through REST', async () => {
    const token = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    const me = await rest.get('/users/me')
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(DEFAULT_ADMIN.email)
    expect(me.body.user.roles).toEqual(['admin'])
  })
})

describe('divisions', () => {
  it('are readable by anonymous visitors, in display order', async () => {
    const res = await rest.get('/divisions?limit=100&sort=order', { token: null })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { code: string }) => d.code)).toEqual(DIVISIONS.map((d) => d.code))
    expect(res.body.docs[3]).toMatchObject({ nameTh: 'กองคลัง', nameEn: 'Finance Division' })
  })

  it('cannot be created anonymously', async () => {
    const res = await rest.post('/divisions', { nameTh: 'กองใหม่', code: 'new' }, { token: null })
    expect(res.status).toBe(403)
  })

  it('refuses a malformed code and a duplicate name, saving nothing', async () => {
    const bad = await rest.post('/divisions', { nameTh: 'กองทดสอบ', code: 'Bad Code' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0]).toMatchObject({ path: 'code' })
    expect(bad.body.errors[0].data.errors[0].message).toContain('Code must be lower-case')
    const dup = await rest.post('/divisions', { nameTh: 'กองคลัง', code: 'finance-2' })
    expect(dup.status).toBe(400)
    const { totalDocs } = await t.payload.count({ collection: 'divisions' })
    expect(totalDocs).toBe(DIVISIONS.length)
  })
})

describe('users and roles', () => {
  let editorId: number | string

  it('an admin creates an editor attached to a division', async () => {
    const finance = await t.payload.find({ collection: 'divisions', where: { code: { equals: 'finance' } } })
    const res = await rest.post('/users', {
      email: 'editor@example.go.th',
      password: 'Finance-editor-k7!2566',
      name: 'เจ้าหน้าที่กองคลัง',
      roles: ['editor'],
      divisions: [finance.docs[0]!.id],
    })
    expect(res.status).toBe(201)
    editorId = res.body.doc.id
  })

  it('an editor cannot grant themselves the admin role, nor read other accounts', async () => {
    const editor = new RestClient(t.config)
    await editor.login('editor@example.go.th', 'Finance-editor-k7!2566')
    const res = await editor.patch(`/users/${editorId}`, { roles: ['admin'], name: 'ชื่อใหม่' })
    expect(res.status).toBe(200)
    expect(res.body.doc.roles).toEqual(['editor'])
    expect(res.body.doc.name).toBe('ชื่อใหม่')
    const list = await editor.get('/users')
    expect(list.body.docs.map((u: { email: string }) => u.email)).toEqual(['editor@example.go.th'])
  })

  it('anonymous visitors see no accounts', async () => {
    const res = await rest.get('/users', { token: null })
    expect(res.status).toBe(403)
  })
})

describe('media uploads', () => {
  it('resizes an image to named sizes, written as WebP', async () => {
    const res = await rest.post('/media', uploadForm(await pngBlob(), 'executive.png', { alt: 'ภาพผู้บริหาร' }))
    expect(res.status).toBe(201)
    const { sizes, mimeType } = res.body.doc
    expect(mimeType).toBe('image/png')
    expect(sizes.thumbnail).toMatchObject({ width: 320, height: 320, mimeType: 'image/webp' })
    expect(sizes.card).toMatchObject({ width: 768, mimeType: 'image/webp' })
    // A 1200-px original is not enlarged to 1600.
    expect(sizes.large.width).toBe(1200)
  })

  it('accepts a PDF document', async () => {
    const pdf = pdfBlob()
    const res = await rest.post('/media', uploadForm(pdf, 'plan-2566.pdf', { alt: 'แผนพัฒนาท้องถิ่น' }))
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe('application/pdf')
  })

  it('requires the description (alt text)', async () => {
    const before = await t.payload.count({ collection: 'media' })
    const res = await rest.post('/media', uploadForm(await pngBlob(400, 300), 'no-alt.png', {}))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('alt')
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses another file type with a bilingual message', async () => {
    const text = new Blob(['hello'], { type: 'text/plain' })
    const res = await rest.post('/media', uploadForm(text, 'notes.txt', { alt: 'x' }))
    expect(res.status).toBe(400)
    const message: string = res.body.errors[0].data.errors[0].message
    expect(message).toContain('ไม่รองรับไฟล์ประเภท text/plain')
    expect(message).toContain('File type text/plain is not accepted')
  })

  it('refuses an image over the size limit with a bilingual message', async () => {
    const big = new Blob([new Uint8Array(10 * 1024 * 1024 + 1)], { type: 'image/jpeg' })
    const res = await rest.post('/media', uploadForm(big, 'huge.jpg', { alt: 'ใหญ่' }))
    expect(res.status).toBe(400)
    const message: string = res.body.errors[0].data.errors[0].message
    expect(message).toContain('ไฟล์ใหญ่เกินไป')
    expect(message).toContain('may be at most 10 MB')
  })
})

describe('GraphQL', () => {
  it('lists divisions and logs in', async () => {
    const query = graphqlClient(t.config)
    const list = await query<{ Divisions: { docs: { code: string; nameTh: string }[] } }>(
      '{ Divisions(limit: 100, sort: "order") { docs { code nameTh } } }',
    )
    expect(list.errors).toBeUndefined()
    expect(list.data.Divisions.docs).toHaveLength(DIVISIONS.length)
    expect(list.data.Divisions.docs[0]).toEqual({ code: 'permanent-secretary', nameTh: 'สำนักปลัดองค์การบริหารส่วนจังหวัด' })

    const login = await query<{ loginUser: { token: string; user: { email: string } } }>(
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token user { email } } }',
      { email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password },
    )
    expect(login.errors).toBeUndefined()
    expect(login.data.loginUser.user.email).toBe(DEFAULT_ADMIN.email)

    const mine = await query<{ Users: { docs: unknown[] } }>(
      '{ Users { docs { email } } }',
      {},
      login.data.loginUser.token,
    )
    expect(mine.data.Users.docs.length).toBeGreaterThanOrEqual(2)
  })
})
