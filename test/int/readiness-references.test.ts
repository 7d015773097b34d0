/**
 * A stored verdict depends on the documents a document references: deleting the political
 * structure chart that the published organisation profile shows (o1) must turn the
 * profile's stored `readiness` to incomplete, in the same transaction, so that the
 * status, the list filter and the dashboard do not go on calling it complete. A file
 * nobody references changes no verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ItemStatus } from '@prongsai/oit/types'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { pngBlob, uploadForm } from '../helpers/files'

let t: TestPayload
let rest: RestClient

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
})

afterAll(async () => {
  await t?.cleanup()
})

async function profile() {
  const { docs } = await t.payload.db.find<Record<string, unknown>>({
    collection: 'organisations',
    limit: 1,
    pagination: false,
  })
  return docs[0] as Record<string, unknown> & { id: number; readiness: string; structure: { politicalChart: unknown } }
}

const o1 = async () => ((await rest.get('/oit/2566/status')).body.items as ItemStatus[]).find((i) => i.code === 'o1')!

describe('deleting a referenced document', () => {
  it('a file nobody references changes no verdict', async () => {
    const created = await rest.post('/media', uploadForm(await pngBlob(), 'unused.png', { alt: 'ไม่ได้ใช้' }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await rest.delete(`/media/${created.body.doc.id}`)).status).toBe(200)
    expect((await profile()).readiness).toBe('ready')
    expect((await o1()).status).toBe('complete')
  })

  it('the profile that showed the deleted structure chart is judged again: incomplete, and o1 says why', async () => {
    const before = await profile()
    expect(before.readiness).toBe('ready')
    const chart = before.structure.politicalChart as number
    expect((await rest.delete(`/media/${chart}`)).status).toBe(200)
    expect((await profile()).readiness).toBe('incomplete')
    const item = await o1()
    expect(item.status).toBe('incomplete')
    expect(item.reasons.map((r) => r.component)).toContain('o1.political-chart')
  })
})
