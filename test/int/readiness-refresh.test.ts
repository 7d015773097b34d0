/**
 * Stored readiness follows rule changes: when the rules differ from the last start-up's,
 * every stored verdict (published documents and latest drafts) is judged again, so that
 * the list filter and the dashboard agree with the checklist; when they do not, nothing
 * is touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { oitRuleSets } from '@prongsai/oit/utilities'
import type { OitCustomConfig } from '@prongsai/oit/types'
import { withDefaults, refreshReadiness } from '@prongsai/publish-gate/utilities'
import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let settings: ReturnType<typeof withDefaults>

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  const frameworks = (t.config.custom.oit as OitCustomConfig).frameworks
  settings = withDefaults({ collections: oitRuleSets(frameworks, t.config.collections) }, t.config as never)
})

afterAll(async () => {
  await t?.cleanup()
})

/** Overwrites a stored verdict the way an older rule set would have left it. */
async function tamper(id: number | string, readiness: string) {
  const { payload } = t
  const raw = (await payload.db.findOne({ collection: 'plans', where: { id: { equals: id } } })) as Record<
    string,
    unknown
  >
  await payload.db.updateOne({ collection: 'plans', id, data: { ...raw, readiness } })
  const { docs } = await payload.db.findVersions({
    collection: 'plans',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
  })
  const { id: versionId, ...version } = docs[0] as unknown as { id: number; version: Record<string, unknown> }
  await payload.db.updateVersion({
    collection: 'plans',
    id: versionId,
    versionData: { ...version, version: { ...version.version, readiness } } as never,
  })
}

async function stored(id: number | string) {
  const published = await t.payload.findByID({ collection: 'plans', id, depth: 0, overrideAccess: true })
  const latest = await t.payload.findByID({ collection: 'plans', id, depth: 0, overrideAccess: true, draft: true })
  return {
    published: published.readiness,
    latest: latest.readiness,
    updatedAt: published.updatedAt,
    projects: JSON.stringify(published.projects),
    latestProjects: JSON.stringify(latest.projects),
    division: published.division,
  }
}

describe('readiness catches up with the rules', () => {
  it('changes nothing while the rules are those of the last start-up', async () => {
    const { docs } = await t.payload.find({
      collection: 'plans',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
    })
    const id = docs[0]!.id
    await tamper(id, 'incomplete')
    expect(await refreshReadiness(t.payload, settings)).toBe(0)
    expect((await stored(id)).published).toBe('incomplete')
  })

  it('judges every stored verdict again once the rules differ, rows intact', async () => {
    const { docs } = await t.payload.find({
      collection: 'plans',
      where: { _status: { equals: 'published' } },
      limit: 2,
      depth: 0,
      sort: '-updatedAt',
    })
    const [a, b] = docs.map((d) => d.id)
    await tamper(a!, 'incomplete')
    const before = await stored(a!)
    await tamper(b!, 'incomplete')
    // As after a framework file changed: the kept fingerprint is not this run's.
    await t.payload.kv.set('publish-gate:rules-hash', 'rules of an older year')
    expect(await refreshReadiness(t.payload, settings)).toBeGreaterThanOrEqual(4)
    expect(await stored(a!)).toEqual({ ...before, published: 'ready', latest: 'ready' })
    expect((await stored(b!)).latest).toBe('ready')
    const filtered = await t.payload.find({
      collection: 'plans',
      where: { readiness: { equals: 'incomplete' } },
      draft: true,
      depth: 0,
      limit: 100,
    })
    for (const doc of filtered.docs)
      expect((doc.completeness as { complete?: boolean } | undefined)?.complete).toBe(false)
    expect(await refreshReadiness(t.payload, settings)).toBe(0)
  })
})
