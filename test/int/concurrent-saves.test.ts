/**
 * Saves at the same moment (issue 20), on whatever database the suite runs on:
 * - two saves of one document, each changing another field, both land: neither answers
 *   500 and neither change is lost, and the document keeps one latest version
 *   (PostgreSQL: the row is locked first, src/db/withRowLocks.ts; SQLite: one writer);
 * - more saves at once than the PostgreSQL pool has connections all finish
 *   (src/db/limitTransactions.ts; before it, 9 at once on a pool of 10 hung for ever).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const ADMIN = { email: 'admin@example.go.th', password: 'first-admin-passphrase' }
let t: TestPayload
let rest: RestClient

beforeAll(async () => {
  t = await bootPayload()
  rest = new RestClient(t.config)
  expect((await rest.post('/users/first-register', { ...ADMIN, roles: ['admin'] }, { token: null })).status).toBe(200)
  await rest.login(ADMIN.email, ADMIN.password)
}, 120_000)
afterAll(async () => t?.cleanup())

const newsItem = async (title: string) =>
  (
    await t.payload.create({
      collection: 'news',
      data: { title, date: '2026-12-01T00:00:00.000Z' },
      draft: true,
      overrideAccess: true,
    })
  ).id

describe('saves at the same moment', () => {
  it('two saves of one document, each of another field, both land, with one latest version', async () => {
    const outcomes: string[] = []
    for (let round = 0; round < 6; round++) {
      const id = await newsItem(`race ${round}`)
      const [a, b] = await Promise.all([
        rest.patch(`/news/${id}?draft=true`, { title: `title from A ${round}` }),
        rest.patch(`/news/${id}?draft=true`, { date: '2027-01-15T00:00:00.000Z' }),
      ])
      expect([a.status, b.status], JSON.stringify([a.body, b.body]).slice(0, 500)).toEqual([200, 200])
      const doc = await t.payload.findByID({ collection: 'news', id, draft: true, overrideAccess: true, depth: 0 })
      outcomes.push(`${doc.title === `title from A ${round}` ? 'A' : '-'}${String(doc.date).startsWith('2027-01-15') ? 'B' : '-'}`)
      const latest = await t.payload.db.findVersions({
        collection: 'news',
        where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
        limit: 0,
      })
      expect(latest.docs).toHaveLength(1)
    }
    expect(outcomes).toEqual(Array(6).fill('AB'))
  })

  it('24 saves of 24 documents at once all finish, each answered 200', async () => {
    const ids = await Promise.all(Array.from({ length: 24 }, (_, i) => newsItem(`many ${i}`)))
    const answers = await Promise.all(ids.map((id) => rest.patch(`/news/${id}?draft=true`, { title: `many saved ${id}` })))
    expect(answers.map((r) => r.status)).toEqual(Array(24).fill(200))
  }, 60_000)
})
