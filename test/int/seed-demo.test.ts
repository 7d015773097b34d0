/**
 * The demo อบจ.: every ITA 2566 item has enough published documents in its category and
 * time window, the drafts stay hidden, and seeding again changes nothing.
 */
import type { Framework, OitCustomConfig } from '@prongsai/oit/types'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fieldAtPath, itemQueryOptions, itemWhere, computeYearStatus } from '@prongsai/oit/utilities'
import { DEMO_GAPS } from '../../seed/data/oit-demo'
import { seed } from '../../seed/index'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let firstRunMs = 0
let framework: Framework

beforeAll(async () => {
  t = await bootPayload()
  const started = performance.now()
  await seed(t.payload)
  firstRunMs = performance.now() - started
  framework = (t.config.custom.oit as OitCustomConfig).frameworks.find((f) => f.year === 2566)!
})

afterAll(async () => {
  await t?.cleanup()
})

describe('demo seed', () => {
  it('fills the demo อบจ. (first run timed, for the note)', () => {
    console.log(`seed-demo: first run ${(firstRunMs / 1000).toFixed(2)} s`)
    expect(firstRunMs).toBeGreaterThan(0)
  })

  it('covers every ITA 2566 item with enough published documents in its window', async () => {
    const short: string[] = []
    for (const item of framework.items) {
      const collection = t.payload.collections[item.category.collection as never] as unknown as {
        config: { fields: Parameters<typeof fieldAtPath>[0] }
      }
      const where = itemWhere(item, 2566, itemQueryOptions(collection.config.fields))
      const { totalDocs } = await t.payload.count({
        collection: item.category.collection as never,
        where,
        overrideAccess: true,
      })
      if (totalDocs < item.minimum && !DEMO_GAPS[item.code]) short.push(`${item.code}: ${totalDocs} < ${item.minimum}`)
    }
    expect(short).toEqual([])
  })

  it('shows every item complete but the deliberate gaps, each with the status it was made for', async () => {
    const frameworks = (t.config.custom.oit as OitCustomConfig).frameworks
    const status = await computeYearStatus({
      payload: t.payload,
      framework,
      frameworks,
      siteUrl: 'http://localhost:3000',
    })
    const notComplete = Object.fromEntries(
      status.items.filter((i) => i.status !== 'complete').map((i) => [i.code, i.status]),
    )
    expect(notComplete).toEqual(Object.fromEntries(Object.entries(DEMO_GAPS).map(([code, gap]) => [code, gap.status])))
  })

  it('keeps the deliberately incomplete drafts away from visitors', async () => {
    const drafts = await t.payload.find({
      collection: 'executives',
      where: { _status: { equals: 'draft' } },
      overrideAccess: true,
      draft: true,
    })
    expect(drafts.totalDocs).toBeGreaterThan(0)
    const rest = new RestClient(t.config)
    const visible = await rest.get('/executives?limit=100', { token: null })
    const ids = visible.body.docs.map((d: { id: unknown }) => d.id)
    for (const draft of drafts.docs) expect(ids).not.toContain(draft.id)
  })

  it('changes nothing when run again', async () => {
    const countAll = async () => {
      const counts: Record<string, number> = {}
      for (const slug of Object.keys(t.payload.collections)) {
        if (slug.startsWith('payload-')) continue
        counts[slug] = (await t.payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
      }
      return counts
    }
    const before = await countAll()
    const again = await seed(t.payload)
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true)
    expect(await countAll()).toEqual(before)
  })
})
