/**
 * What changes between two ITA years: the real 2566 framework against a year made from
 * it in memory (two kinds of data merged, one split, one item gone, one new, components
 * dropped and added, a window moved, a level, a minimum and a declaration changed), so
 * that each relation and each kind of change has one concrete case. Then the real years
 * against each other for what must hold whatever the data says, and the organisation's
 * side (what it has and must prepare) mapped from a status.
 */
import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import type {
  CategoryChange,
  FrameworkComparison,
  Framework,
  FrameworkItem,
  ItemStatus,
  YearStatus,
} from '@prongsai/oit/types'
import { categoryShape, compareFrameworks, preparationOf, parseFrameworks } from '@prongsai/oit/utilities'
import { frameworkSources } from '../helpers/frameworks'

const frameworks = parseFrameworks(frameworkSources())
const ita2566 = frameworks.find((f) => f.year === 2566)!

const itemOf = (framework: Framework, code: string) => framework.items.find((i) => i.code === code)!

/** ITA 2566 changed into a made-up later year. */
function laterYear(): Framework {
  const next = structuredClone(ita2566)
  next.year = 2599
  next.provisional = true
  const item = (code: string) => itemOf(next, code)
  const drop = (...codes: string[]) => (next.items = next.items.filter((i) => !codes.includes(i.code)))

  // merged: the organisation profile's seven items become o1, which asks for all they did
  // but the privacy policy and the separate complaint channel.
  const profile = ita2566.items.filter((i) => i.category.key === 'organisation-profile')
  item('o1').components = profile
    .flatMap((i) => i.components)
    .filter((c) => !['privacy-policy', 'separate-channel'].includes(c.key))
  drop(...profile.filter((i) => i.code !== 'o1').map((i) => i.code))
  // split: the work manual becomes two items, one with the steps, one with the rest.
  const manual = item('o14')
  next.items.push({
    ...structuredClone(manual),
    code: 'o44',
    title: { th: 'คู่มือตำแหน่งงาน', en: 'Job manual' },
    components: manual.components.filter((c) => c.key !== 'steps'),
  })
  manual.components = manual.components.filter((c) => c.key === 'steps')
  // removed: no more laws.
  drop('o6')
  // added: a kind of data 2566 did not ask for.
  next.items.push({
    ...structuredClone(item('o43')),
    code: 'o45',
    title: { th: 'รายงานผลการพัฒนาตาม ITA', en: 'ITA development report' },
    category: { key: 'ita-development-report', collection: 'reports', where: { kind: 'ita-development' } },
    window: 'current-fy',
  })
  // same, changed: o2 without the photo, with a new component, and one executive is enough.
  const executives = item('o2')
  executives.components = executives.components.filter((c) => c.key !== 'photo')
  executives.components.push({
    ...structuredClone(executives.components[0]!),
    key: 'line-id',
    label: { th: 'ไลน์ไอดี', en: 'LINE ID' },
  })
  executives.minimum = 1
  // same, changed: the progress report on the year assessed becomes the previous year's.
  item('o43').window = 'previous-fy'
  // same, changed: the bidders of the monthly summary become required.
  item('o21').components.find((c) => c.key === 'bidders')!.level = 'required'
  // same, changed: announcements may declare none; the procurement plan no longer.
  item('o20').declaredNone = { path: 'declaredNone', when: { th: 'ไม่มีประกาศ', en: 'No announcement' } }
  delete item('o19').declaredNone
  return next
}

/** ITA 2566 with the profile's items regrouped: o1+o3 into one, o5 split by its components, o10 gone. */
function regroupedYear(): Framework {
  const next = structuredClone(ita2566)
  const profile = (code: string) => itemOf(next, code)
  const address = profile('o5')
  profile('o1').components.push(...profile('o3').components)
  next.items.push({
    ...structuredClone(address),
    code: 'o46',
    components: address.components.filter((c) => c.key === 'map'),
  })
  address.components = address.components.filter((c) => c.key !== 'map')
  next.items = next.items.filter((i) => !['o3', 'o10'].includes(i.code))
  return next
}

const later = laterYear()
const regrouped = regroupedYear()
const comparison = compareFrameworks(ita2566, later)
const byKey = (c: FrameworkComparison, key: string) => c.categories.find((x) => x.category.key === key)!
const codes = (change: Pick<CategoryChange, 'from' | 'to'>) => [
  change.from.map((i) => i.code),
  change.to.map((i) => i.code),
]
const keys = (list: { key: string }[]) => list.map((c) => c.key)

describe('compareFrameworks: each relation', () => {
  it('names both years, the newer one provisional', () => {
    expect(comparison.from).toEqual({ year: 2566, title: ita2566.title, provisional: false })
    expect(comparison.to).toEqual({ year: 2599, title: later.title, provisional: true })
  })

  it('same: one item before, one after, unchanged', () => {
    const news = byKey(comparison, 'news')
    expect(news.relation).toBe('same')
    expect(codes(news)).toEqual([['o7'], ['o7']])
    expect(news.to[0]!.title).toEqual(itemOf(ita2566, 'o7').title)
    expect(news.changes).toEqual({
      componentsAdded: [],
      componentsRemoved: [],
      levelChanged: [],
      window: null,
      minimum: null,
      declaredNone: null,
    })
    expect(news.groups).toBeUndefined()
  })

  it('merged: seven items of the organisation profile into one, with what it no longer asks', () => {
    const profile = byKey(comparison, 'organisation-profile')
    expect(profile.relation).toBe('merged')
    expect(codes(profile)).toEqual([['o1', 'o3', 'o5', 'o8', 'o9', 'o10', 'o28'], ['o1']])
    expect(keys(profile.changes!.componentsAdded)).toEqual([])
    expect(keys(profile.changes!.componentsRemoved)).toEqual(['privacy-policy', 'separate-channel'])
    // Each removed component says which older items asked for it, with its own label.
    expect(profile.changes!.componentsRemoved[0]).toMatchObject({
      items: ['o10'],
      label: itemOf(ita2566, 'o10').components[0]!.label,
    })
  })

  it('split: the work manual into two items', () => {
    const manual = byKey(comparison, 'work-manual')
    expect(manual.relation).toBe('split')
    expect(codes(manual)).toEqual([['o14'], ['o14', 'o44']])
    expect(manual.changes!.componentsAdded).toEqual([])
    expect(manual.changes!.componentsRemoved).toEqual([])
    expect(manual.changes!.window).toBeNull()
  })

  it('added: a kind of data only the newer year asks for', () => {
    const added = byKey(comparison, 'ita-development-report')
    expect(added).toMatchObject({ relation: 'added', from: [], changes: null })
    expect(added.to.map((i) => i.code)).toEqual(['o45'])
    expect(added.category).toEqual({
      key: 'ita-development-report',
      collection: 'reports',
      where: { kind: 'ita-development' },
    })
  })

  it('removed: a kind of data only the older year asked for', () => {
    const laws = byKey(comparison, 'laws')
    expect(laws).toMatchObject({ relation: 'removed', to: [], changes: null })
    expect(laws.from.map((i) => i.code)).toEqual(['o6'])
  })

  it('lists the categories in the newer year’s order, then what only the older year had', () => {
    const order = comparison.categories.map((c) => c.category.key)
    expect(order[0]).toBe('organisation-profile')
    expect(order.indexOf('ita-development-report')).toBeLessThan(order.indexOf('laws'))
    expect(order.at(-1)).toBe('laws')
  })
})

describe('compareFrameworks: each kind of change', () => {
  it('components added and removed, with their labels, and the minimum', () => {
    const executives = byKey(comparison, 'executives')
    expect(executives.relation).toBe('same')
    expect(executives.changes!.componentsAdded).toEqual([
      { key: 'line-id', label: { th: 'ไลน์ไอดี', en: 'LINE ID' }, level: 'required', items: ['o2'] },
    ])
    expect(keys(executives.changes!.componentsRemoved)).toEqual(['photo'])
    expect(executives.changes!.componentsRemoved[0]!.label).toEqual(
      itemOf(ita2566, 'o2').components.find((c) => c.key === 'photo')!.label,
    )
    expect(executives.changes!.minimum).toEqual({ from: [2], to: [1] })
  })

  it('a window moved, with the windows’ labels', () => {
    const window = byKey(comparison, 'integrity-progress-report').changes!.window!
    expect(window.from.map((w) => w.key)).toEqual(['current-fy'])
    expect(window.to.map((w) => w.key)).toEqual(['previous-fy'])
    expect(window.to[0]!.label.th).toMatch(/[ก-๙]/)
    expect(window.to[0]!.label.en).toMatch(/previous/i)
  })

  it('a level changed (recommended → required)', () => {
    expect(byKey(comparison, 'procurement-monthly-summaries').changes!.levelChanged).toEqual([
      {
        key: 'bidders',
        label: itemOf(ita2566, 'o21').components.find((c) => c.key === 'bidders')!.label,
        from: 'recommended',
        to: 'required',
      },
    ])
  })

  it('"publish that there is none" added and removed', () => {
    expect(byKey(comparison, 'procurement-announcements').changes!.declaredNone).toBe('added')
    expect(byKey(comparison, 'procurement-plan').changes!.declaredNone).toBe('removed')
  })

  it('counts it all in the summary', () => {
    expect(comparison.summary).toEqual({
      categories: ita2566.items.length - 7 + 1 + 1, // seven profile items are one category; plus the new one
      // 37 categories in 2566: the profile merged, the work manual split, the laws removed, 34 the same.
      relations: { same: 34, merged: 1, split: 1, regrouped: 0, added: 1, removed: 1 },
      items: { from: 43, to: 43 - 6 - 1 + 2 },
      unchanged: 34 - 5, // o2, o19, o20, o21, o43 changed
      componentsAdded: 1,
      componentsRemoved: 3,
      levelsChanged: 1,
      windowsMoved: 1,
      minimumsChanged: 1,
      declaredNoneChanged: 2,
    })
  })
})

describe('compareFrameworks: matching by category', () => {
  it('meets a year without category keys by collection and filter, in any field order', () => {
    const keyless = structuredClone(ita2566)
    for (const item of keyless.items) {
      delete item.category.key
      // The same filter, written the other way round.
      item.category.where = Object.fromEntries(Object.entries(item.category.where).reverse())
    }
    const result = compareFrameworks(keyless, later)
    expect(byKey(result, 'operations-annual-report')).toMatchObject({ relation: 'same', from: [{ code: 'o13' }] })
    expect(result.summary.relations).toEqual(comparison.summary.relations)
    expect(categoryShape(itemOf(keyless, 'o13'))).toBe(categoryShape(itemOf(ita2566, 'o13')))
    expect(categoryShape(itemOf(ita2566, 'o13'))).toBe('reports?kind="annual"&subject="operations"')
  })

  it('regrouped (n→m): pairs the items by the components they share', () => {
    const change = byKey(compareFrameworks(ita2566, regrouped), 'organisation-profile')
    expect(change.relation).toBe('regrouped')
    expect(keys(change.changes!.componentsRemoved)).toEqual(['privacy-policy'])
    expect(change.groups!.map((g) => [g.relation, ...codes(g)])).toEqual([
      ['merged', ['o1', 'o3'], ['o1']],
      ['split', ['o5'], ['o5', 'o46']],
      ['same', ['o8'], ['o8']],
      ['same', ['o9'], ['o9']],
      ['same', ['o28'], ['o28']],
      ['removed', ['o10'], []],
    ])
    expect(change.groups![5]!.changes).toBeNull()
  })
})

describe('compareFrameworks over the real years', () => {
  const pairs = frameworks.flatMap((a) => frameworks.filter((b) => b !== a).map((b) => [a.year, b.year, a, b] as const))

  it.each(pairs)('%i → %i: every item of both years appears exactly once', (_a, _b, from, to) => {
    const result = compareFrameworks(from, to)
    const seen = (side: 'from' | 'to') => result.categories.flatMap((c) => c[side].map((i) => i.code)).sort()
    expect(seen('from')).toEqual(from.items.map((i) => i.code).sort())
    expect(seen('to')).toEqual(to.items.map((i) => i.code).sort())
    expect(result.summary.categories).toBe(result.categories.length)
    // A category is its items' category, on both sides.
    for (const category of result.categories) {
      for (const code of [...category.from.map((i) => i.code)])
        expect(categoryShape(itemOf(from, code))).toBe(categoryShape({ category: category.category } as FrameworkItem))
    }
  })

  it('a year against itself changes nothing', () => {
    const result = compareFrameworks(ita2566, ita2566)
    expect(result.summary.relations.same + result.summary.relations.regrouped).toBe(result.categories.length)
    expect(result.summary.unchanged).toBe(result.summary.relations.same)
    expect(result.summary.componentsAdded + result.summary.componentsRemoved + result.summary.windowsMoved).toBe(0)
  })
})

describe('preparationOf: the organisation’s side', () => {
  const status = (code: string, overrides: Partial<ItemStatus>): ItemStatus => ({
    code,
    title: itemOf(later, code).title,
    indicator: itemOf(later, code).indicator,
    heading: itemOf(later, code).heading,
    collection: itemOf(later, code).category.collection as CollectionSlug,
    filter: itemOf(later, code).category.where,
    window: itemOf(later, code).window,
    minimum: itemOf(later, code).minimum,
    status: 'missing',
    reasons: [],
    warnings: [],
    documents: [],
    counted: 0,
    division: { code: itemOf(later, code).division },
    url: `http://localhost:3000/oit/2599/${code}`,
    adminUrl: `/admin/collections/${itemOf(later, code).category.collection}`,
    lastPublishedAt: null,
    nextDue: null,
    ...overrides,
  })
  const document = {
    collection: 'executives' as const,
    id: 1,
    title: 'นายก อบจ.',
    status: 'published' as const,
    adminUrl: '/admin/collections/executives/1',
  }
  const news = { ...document, collection: 'news' as const, id: 7, title: 'ข่าว', adminUrl: '/admin/collections/news/7' }
  const missingLineId = {
    code: 'component-missing' as const,
    message: { th: 'ขาดไลน์ไอดี', en: 'LINE ID is missing' },
    component: 'o2.line-id',
  }
  const yearStatus: YearStatus = {
    year: 2599,
    title: later.title,
    provisional: true,
    generatedAt: '2026-11-23T00:00:00.000Z',
    counts: { complete: 1, incomplete: 1, stale: 1, 'declared-none': 1, missing: 1 },
    progress: 40,
    indicators: later.indicators,
    items: [
      status('o7', { status: 'complete', documents: [news], counted: 1 }),
      status('o2', { status: 'incomplete', documents: [document], reasons: [missingLineId] }),
      status('o43', {
        status: 'stale',
        reasons: [{ code: 'out-of-window', message: { th: 'ไม่อยู่ในช่วง', en: 'Outside the period' } }],
      }),
      status('o20', { status: 'declared-none' }),
      status('o45', { status: 'missing', reasons: [{ code: 'nothing', message: { th: 'ยังไม่มี', en: 'Nothing' } }] }),
      status('o44', { status: 'missing' }),
    ],
  }
  const prepared = preparationOf(yearStatus, comparison)
  const item = (code: string) => prepared.items.find((i) => i.code === code)!

  it('says which items are ready, with the documents that serve them', () => {
    expect(prepared).toMatchObject({ year: 2599, ready: 2, total: 6, counts: yearStatus.counts })
    expect(item('o7')).toMatchObject({ ready: true, relation: 'same', was: [{ code: 'o7' }], toPrepare: [] })
    expect(item('o7').documents).toEqual([news])
    expect(item('o20')).toMatchObject({ status: 'declared-none', ready: true })
  })

  it('gives the status reasons as what to prepare, and what is new for the item', () => {
    expect(item('o2')).toMatchObject({ ready: false, status: 'incomplete', toPrepare: [missingLineId] })
    expect(item('o2').newComponents.map((c) => c.key)).toEqual(['line-id'])
    expect(item('o2').documents).toEqual([document])
    expect(item('o43').windowMoved!.to.map((w) => w.key)).toEqual(['previous-fy'])
    expect(item('o43').toPrepare.map((r) => r.code)).toEqual(['out-of-window'])
    expect(item('o7').windowMoved).toBeNull()
  })

  it('names what each item was, and marks new ones', () => {
    expect(item('o45')).toMatchObject({ relation: 'added', was: [], newComponents: [] })
    expect(item('o44')).toMatchObject({ relation: 'split', was: [{ code: 'o14' }] })
  })

  it('uses the finer group of a regrouped category', () => {
    const result = compareFrameworks(ita2566, regrouped)
    const profile = preparationOf(
      { ...yearStatus, items: ['o1', 'o5', 'o46', 'o28'].map((code) => ({ ...status('o7', {}), code })) },
      result,
    )
    expect(profile.items.map((i) => [i.code, i.relation, i.was.map((w) => w.code)])).toEqual([
      ['o1', 'merged', ['o1', 'o3']],
      ['o5', 'split', ['o5']],
      ['o46', 'split', ['o5']],
      ['o28', 'same', ['o28']],
    ])
  })
})
