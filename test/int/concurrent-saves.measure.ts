/**
 * A measurement, not part of the suite (not *.test.ts): copy it to a .test.ts name to run it,
 * with or without TEST_DATABASE_URI=postgres://…. Prints what two REST PATCHes of the same
 * document do when they race (statuses, lost updates, several "latest" versions), whether a
 * save of another document waits for an open transaction, and (PostgreSQL: pool instrumented)
 * how many concurrent saves go through before the pool runs dry (issue 20 report, 2026-12-07).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

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
})
afterAll(async () => t?.cleanup())

const create = async (title: string) =>
  (await t.payload.create({ collection: 'news', data: { title, date: '2026-12-01T00:00:00.000Z' }, draft: true, overrideAccess: true })).id

it('races two PATCHes of the same document (different fields)', async () => {
  const rounds = 20
  const statuses: Record<string, number> = {}
  let lost = 0
  let latestVersions = 0
  for (let i = 0; i < rounds; i++) {
    const id = await create(`race ${i}`)
    const [a, b] = await Promise.all([
      rest.patch(`/news/${id}?draft=true`, { title: `title from A ${i}` }),
      rest.patch(`/news/${id}?draft=true`, { date: '2027-01-15T00:00:00.000Z' }),
    ])
    for (const r of [a, b]) {
      statuses[r.status] = (statuses[r.status] ?? 0) + 1
      if (r.status !== 200) console.log('RACE', r.status, JSON.stringify(r.body).slice(0, 300))
    }
    const doc = await t.payload.findByID({ collection: 'news', id, draft: true, overrideAccess: true })
    const hasA = doc.title === `title from A ${i}`
    const hasB = String(doc.date).startsWith('2027-01-15')
    if (a.status === 200 && b.status === 200 && !(hasA && hasB)) lost++
    const versions = await t.payload.db.findVersions({ collection: 'news', where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] }, limit: 0 })
    if (versions.docs.length > 1) latestVersions++
  }
  console.log('SAME-DOC', JSON.stringify({ rounds, statuses, lostUpdates: lost, docsWithSeveralLatestVersions: latestVersions }))
})

it('saves of different documents: side by side or one at a time?', async () => {
  const a = await create('held A')
  const b = await create('other B')
  // A transaction that has saved A and stays open for 3 s.
  const req = { payload: t.payload, transactionID: undefined } as never as { transactionID?: number | string }
  const tx = await t.payload.db.beginTransaction()
  ;(req as { transactionID?: unknown }).transactionID = tx as never
  const started = Date.now()
  await t.payload.update({ collection: 'news', id: a, data: { title: 'A in open tx' }, draft: true, overrideAccess: true, req: req as never })
  const hold = new Promise((r) => setTimeout(r, 3000)).then(() => t.payload.db.commitTransaction(tx!))
  const t0 = Date.now()
  const other = await rest.patch(`/news/${b}?draft=true`, { title: 'B while A open' })
  const otherMs = Date.now() - t0
  const t1 = Date.now()
  const same = await rest.patch(`/news/${a}?draft=true`, { title: 'A again while A open' })
  const sameMs = Date.now() - t1
  await hold
  console.log(
    'PARALLEL',
    JSON.stringify({ otherDoc: { status: other.status, ms: otherMs }, sameDoc: { status: same.status, ms: sameMs, afterOpenTxMs: Date.now() - started } }),
  )
  const pool = (t.payload.db as any).pool
  const waiting = new Map<number, string>()
  let k = 0
  for (const m of ['query', 'connect']) {
    const orig = pool[m].bind(pool)
    pool[m] = (...args: any[]) => {
      const id = ++k
      waiting.set(id, m + ' ' + (new Error().stack ?? '').split('\n').slice(2, 40).filter((l) => !l.includes('node_modules/vitest') && !l.includes('node:internal')).join('\n'))
      const r = orig(...args)
      if (r && typeof r.then === 'function') r.then(() => waiting.delete(id), () => waiting.delete(id))
      else waiting.delete(id)
      return r
    }
  }
  for (const n of [9, 10, 12, 16]) {
    const ids: (number | string)[] = []
    for (let i = 0; i < n; i++) ids.push(await create(`tp ${i}`))
    let s = Date.now()
    for (const id of ids) await rest.patch(`/news/${id}?draft=true`, { title: 'seq' })
    const seq = Date.now() - s
    s = Date.now()
    const timeout = new Promise<'hung'>((r) => setTimeout(() => r('hung'), 25_000))
    const all = await Promise.race([Promise.all(ids.map((id) => rest.patch(`/news/${id}?draft=true`, { title: 'par' }))), timeout])
    const par = Date.now() - s
    console.log('THROUGHPUT', n, JSON.stringify({ sequentialMs: seq, concurrentMs: par, concurrent: all === 'hung' ? 'HUNG >20s' : all.map((r) => r.status) }))
    if (all === 'hung') { const c = new Map<string, number>(); for (const st of waiting.values()) c.set(st, (c.get(st) ?? 0) + 1); for (const [st, n] of c) console.log('WAITING x' + n, st); break }
  }
}, 200_000)
