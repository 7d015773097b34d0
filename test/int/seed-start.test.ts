/**
 * What `npm run dev` does before Next.js starts (seed/start.ts): `npm run dev:empty`
 * (SEED_DEMO=0) gives the admin, the divisions and a blank organisation, no demo content
 * and no demo staff; the banner names the admin. With the demo, the banner lists every
 * demo staff account next to the admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN, DEMO_STAFF } from '../../seed/data/organisation'
import { seedForStart, wantsDemo } from '../../seed/start'
import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
const env = { port: 3000, seedAdminEmail: undefined, seedAdminPassword: undefined, serverUrl: undefined }

beforeAll(async () => {
  t = await bootPayload()
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('npm run dev:empty / SEED_DEMO=0', () => {
  it('reads SEED_DEMO', () => {
    expect(wantsDemo({})).toBe(true)
    expect(wantsDemo({ SEED_DEMO: '1' })).toBe(true)
    for (const off of ['0', 'false', 'NO', ' 0 ']) expect(wantsDemo({ SEED_DEMO: off })).toBe(false)
  })

  it('seeds no demo content and no demo staff, and says so', async () => {
    const lines = await seedForStart(t.payload, env, { SEED_IF_EMPTY: '1', SEED_DEMO: '0' })
    const text = lines.join('\n')
    expect(text).toContain('SEED_DEMO=0')
    expect(text).toContain(`http://localhost:3000/admin`)
    expect(text).toContain(DEFAULT_ADMIN.email)
    const users = await t.payload.find({ collection: 'users', overrideAccess: true, depth: 0 })
    expect(users.docs.map((u) => u.email)).toEqual([DEFAULT_ADMIN.email])
    for (const slug of ['executives', 'plans', 'news', 'procurement-monthly-summaries', 'media'] as const) {
      const { totalDocs } = await t.payload.count({ collection: slug as never, overrideAccess: true })
      expect(totalDocs, slug).toBe(0)
    }
    expect((await t.payload.count({ collection: 'divisions', overrideAccess: true })).totalDocs).toBeGreaterThan(0)
    // `npm run dev` again: the database has users, nothing is seeded.
    const again = await seedForStart(t.payload, env, { SEED_IF_EMPTY: '1' })
    expect(again.join('\n')).toContain('database already has data')
    expect((await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1)
  })

  it('with the demo, the banner lists every demo staff account beside the admin', async () => {
    const lines = await seedForStart(t.payload, env, {})
    const text = lines.join('\n')
    for (const staff of DEMO_STAFF) expect(text).toContain(staff.email)
    expect(text).toContain('npm run dev:empty')
  }, 120_000)
})
