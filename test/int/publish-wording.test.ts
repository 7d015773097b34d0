/**
 * A first publication is answered as one (issue 18.13): Payload's REST handler words every
 * update "แก้ไขสำเร็จ", so publishing a document nobody has seen yet read as an edit.
 * The admin shows the answer's `message` as its toast.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient
let law: Record<string, unknown>

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  const { docs } = await t.payload.find({ collection: 'laws', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })
  const { id, createdAt, updatedAt, readiness, completeness, workflowState, ...rest_ } = docs[0] as unknown as Record<string, unknown>
  law = rest_
}, 600_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('the answer to a publication', () => {
  it('a never-published document: "เผยแพร่สำเร็จ"; an edit of a published one: "แก้ไขสำเร็จ"', async () => {
    const created = await rest.post('/laws?draft=true', { ...law, title: 'ประกาศทดสอบการเผยแพร่ครั้งแรก', _status: 'draft' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    // An administrator may publish without an approval.
    const first = await rest.patch(`/laws/${id}`, { _status: 'published' })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.message).toBe('เผยแพร่สำเร็จ')
    const edit = await rest.patch(`/laws/${id}`, { title: 'ประกาศทดสอบการเผยแพร่ครั้งแรก (แก้คำผิด)', _status: 'published' })
    expect(edit.status).toBe(200)
    expect(edit.body.message).toBe('แก้ไขสำเร็จ')
    const draft = await rest.patch(`/laws/${id}?draft=true`, { title: 'ร่างแก้ไขต่อ' })
    expect(draft.body.message).not.toBe('เผยแพร่สำเร็จ')
  })
})
