/**
 * What changes between two ITA years, from the framework data alone: the items of each
 * year mapped onto each other by the kind of data they ask for (their category), since
 * item codes and titles are renumbered and reworded from year to year while the data an
 * organisation keeps stays the same. Pure: no database, no year written into the code.
 */
import type { Label } from '@prongsai/shared/bilingual'
import {
  COMPONENT_LEVELS,
  type Framework,
  type FrameworkComponent,
  type FrameworkItem,
  type FrameworkWindow,
  WINDOWS,
} from '../framework/schema'
import { windowWithLabel } from './windowLabels'

/**
 * - `same`: one item before, one after (1→1)
 * - `merged`: several items became one (n→1)
 * - `split`: one item became several (1→n)
 * - `regrouped`: several became several (n→m, e.g. the organisation profile, which holds
 *   many items); its `groups` pair them finer, by the components they share
 * - `added`: only in the newer year; `removed`: only in the older one
 */
export const RELATIONS = ['same', 'merged', 'split', 'regrouped', 'added', 'removed'] as const
export type Relation = (typeof RELATIONS)[number]

type ComponentLevel = (typeof COMPONENT_LEVELS)[number]
type WhereValue = FrameworkItem['category']['where'][string]

export interface ItemRef {
  code: string
  title: Label
}

export interface ComponentRef {
  key: string
  label: Label
  level: ComponentLevel
  /** The items (of the year it is in) that ask for it. */
  items: string[]
}

export interface LevelChange {
  key: string
  label: Label
  from: ComponentLevel
  to: ComponentLevel
}

export interface WindowRef {
  key: FrameworkWindow
  label: Label
}

/** What differs between the items on either side; empty lists and nulls when nothing does. */
export interface Changes {
  /** Asked for by a newer item, by no older item of the category. */
  componentsAdded: ComponentRef[]
  /** Asked for by an older item, by no newer item of the category. */
  componentsRemoved: ComponentRef[]
  /** Asked for on both sides, at another level (required ↔ recommended ↔ info). */
  levelChanged: LevelChange[]
  /** The windows of either side, when they differ (e.g. `current-fy` → `previous-fy`). */
  window: { from: WindowRef[]; to: WindowRef[] } | null
  minimum: { from: number[]; to: number[] } | null
  /** Whether "publish that there is none" may stand in for the components. */
  declaredNone: 'added' | 'removed' | null
}

export interface Correspondence {
  relation: Relation
  from: ItemRef[]
  to: ItemRef[]
  /** Null for `added` and `removed`: there is nothing to compare with. */
  changes: Changes | null
}

export interface CategoryRef {
  /** The catalogue's key where the data names it, else `collection?field=value&…`. */
  key: string
  /** The catalogue's name for it (ข้อมูลหน่วยงาน / Organisation profile), where the data gives one. */
  label?: { th: string; en: string }
  collection: string
  where: Record<string, WhereValue>
}

export interface CategoryChange extends Correspondence {
  category: CategoryRef
  /** For `regrouped` only: the items paired by the components they share. */
  groups?: Correspondence[]
}

export interface YearRef {
  year: number
  title: Label
  provisional: boolean
}

export interface ComparisonSummary {
  categories: number
  /** Categories per relation. */
  relations: Record<Relation, number>
  items: { from: number; to: number }
  /** `same` categories (1→1) with no change at all. */
  unchanged: number
  componentsAdded: number
  componentsRemoved: number
  levelsChanged: number
  windowsMoved: number
  minimumsChanged: number
  declaredNoneChanged: number
}

export interface FrameworkComparison {
  from: YearRef
  to: YearRef
  summary: ComparisonSummary
  categories: CategoryChange[]
}

/** `collection?field=value&…` with the fields sorted: the same filter written in any order is one key. */
export function categoryShape(item: FrameworkItem): string {
  const where = Object.entries(item.category.where)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, value]) => `${field}=${JSON.stringify(value)}`)
    .join('&')
  return `${item.category.collection}?${where}`
}

export function yearRef(framework: Framework): YearRef {
  return { year: framework.year, title: framework.title, provisional: Boolean(framework.provisional) }
}

export function compareFrameworks(from: Framework, to: Framework): FrameworkComparison {
  // The catalogue key where either year gives it, so that a year written without keys
  // still meets one written with them; otherwise the collection and filter.
  const keyOfShape = new Map<string, string>()
  for (const item of [...to.items, ...from.items]) {
    if (item.category.key && !keyOfShape.has(categoryShape(item)))
      keyOfShape.set(categoryShape(item), item.category.key)
  }
  const categoryKey = (item: FrameworkItem) =>
    item.category.key ?? keyOfShape.get(categoryShape(item)) ?? categoryShape(item)

  // In the newer year's order, then what only the older year had, in its order.
  const byKey = new Map<string, { category: CategoryRef; from: FrameworkItem[]; to: FrameworkItem[] }>()
  const entry = (item: FrameworkItem) => {
    const key = categoryKey(item)
    let found = byKey.get(key)
    if (!found) {
      found = {
        category: {
          key,
          ...(item.category.label ? { label: item.category.label } : {}),
          collection: item.category.collection,
          where: { ...item.category.where },
        },
        from: [],
        to: [],
      }
      byKey.set(key, found)
    }
    return found
  }
  for (const item of to.items) entry(item).to.push(item)
  for (const item of from.items) entry(item).from.push(item)

  const categories: CategoryChange[] = [...byKey.values()].map(({ category, from: older, to: newer }) => {
    const change: CategoryChange = { category, ...correspondence(older, newer) }
    if (change.relation === 'regrouped') change.groups = groupsByComponents(older, newer)
    return change
  })
  return { from: yearRef(from), to: yearRef(to), summary: summarise(categories, from, to), categories }
}

function relationOf(from: number, to: number): Relation {
  if (from === 0) return 'added'
  if (to === 0) return 'removed'
  if (from === 1 && to === 1) return 'same'
  if (to === 1) return 'merged'
  if (from === 1) return 'split'
  return 'regrouped'
}

const itemRef = (item: FrameworkItem): ItemRef => ({ code: item.code, title: item.title })

function correspondence(from: FrameworkItem[], to: FrameworkItem[]): Correspondence {
  const relation = relationOf(from.length, to.length)
  const both = from.length > 0 && to.length > 0
  return { relation, from: from.map(itemRef), to: to.map(itemRef), changes: both ? changesBetween(from, to) : null }
}

/**
 * Within one category holding several items on both sides: items that share a component
 * key belong together (connected through shared keys); an item sharing none stands alone,
 * as added or removed.
 */
function groupsByComponents(from: FrameworkItem[], to: FrameworkItem[]): Correspondence[] {
  const nodes = [
    ...from.map((item) => ({ side: 'from' as const, item })),
    ...to.map((item) => ({ side: 'to' as const, item })),
  ]
  const parent = nodes.map((_, index) => index)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  const firstWithKey = new Map<string, number>()
  nodes.forEach((node, index) => {
    for (const component of node.item.components) {
      const seen = firstWithKey.get(component.key)
      if (seen === undefined) firstWithKey.set(component.key, index)
      else parent[root(index)] = root(seen)
    }
  })
  const groups = new Map<number, { from: FrameworkItem[]; to: FrameworkItem[] }>()
  nodes.forEach((node, index) => {
    const group = groups.get(root(index)) ?? { from: [], to: [] }
    group[node.side].push(node.item)
    groups.set(root(index), group)
  })
  // Newer items' order first (as the categories), the older-only groups after.
  const order = (group: { from: FrameworkItem[]; to: FrameworkItem[] }) =>
    group.to.length ? to.indexOf(group.to[0]!) : to.length + from.indexOf(group.from[0]!)
  return [...groups.values()].sort((a, b) => order(a) - order(b)).map((group) => correspondence(group.from, group.to))
}

const LEVEL_RANK: Record<ComponentLevel, number> = { required: 0, recommended: 1, info: 2 }

/** Each component key of one side, at its strictest level among the items that ask for it. */
function componentsOf(items: FrameworkItem[]): Map<string, ComponentRef> {
  const out = new Map<string, ComponentRef>()
  for (const item of items) {
    for (const component of item.components) {
      const level = levelOf(component)
      const known = out.get(component.key)
      if (!known) {
        out.set(component.key, { key: component.key, label: component.label, level, items: [item.code] })
        continue
      }
      known.items.push(item.code)
      if (LEVEL_RANK[level] < LEVEL_RANK[known.level]) known.level = level
    }
  }
  return out
}

const levelOf = (component: FrameworkComponent): ComponentLevel => component.level ?? 'required'

/** The distinct values, in the order of `order` (values it does not know last). */
function distinct<T>(values: T[], order: readonly T[]): T[] {
  const rank = (value: T) => (order.includes(value) ? order.indexOf(value) : order.length)
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b))
}

const sameList = <T>(a: T[], b: T[]) => a.length === b.length && a.every((value, index) => value === b[index])

function changesBetween(from: FrameworkItem[], to: FrameworkItem[]): Changes {
  const before = componentsOf(from)
  const after = componentsOf(to)
  const levelChanged: LevelChange[] = []
  for (const [key, now] of after) {
    const was = before.get(key)
    if (was && was.level !== now.level) levelChanged.push({ key, label: now.label, from: was.level, to: now.level })
  }
  const windowsFrom = distinct(
    from.map((i) => i.window),
    WINDOWS,
  )
  const windowsTo = distinct(
    to.map((i) => i.window),
    WINDOWS,
  )
  const numbers = (items: FrameworkItem[]) => [...new Set(items.map((i) => i.minimum ?? 1))].sort((a, b) => a - b)
  const minimumFrom = numbers(from)
  const minimumTo = numbers(to)
  const declaredBefore = from.some((i) => i.declaredNone)
  const declaredAfter = to.some((i) => i.declaredNone)
  return {
    componentsAdded: [...after.values()].filter((c) => !before.has(c.key)),
    componentsRemoved: [...before.values()].filter((c) => !after.has(c.key)),
    levelChanged,
    window: sameList(windowsFrom, windowsTo)
      ? null
      : { from: windowsFrom.map(windowWithLabel), to: windowsTo.map(windowWithLabel) },
    minimum: sameList(minimumFrom, minimumTo) ? null : { from: minimumFrom, to: minimumTo },
    declaredNone: declaredBefore === declaredAfter ? null : declaredAfter ? 'added' : 'removed',
  }
}

/** Whether anything at all differs between the sides of a correspondence. */
export function hasChanges(changes: Changes | null): boolean {
  if (!changes) return true
  return Boolean(
    changes.componentsAdded.length ||
    changes.componentsRemoved.length ||
    changes.levelChanged.length ||
    changes.window ||
    changes.minimum ||
    changes.declaredNone,
  )
}

function summarise(categories: CategoryChange[], from: Framework, to: Framework): ComparisonSummary {
  const relations = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>
  const summary: ComparisonSummary = {
    categories: categories.length,
    relations,
    items: { from: from.items.length, to: to.items.length },
    unchanged: 0,
    componentsAdded: 0,
    componentsRemoved: 0,
    levelsChanged: 0,
    windowsMoved: 0,
    minimumsChanged: 0,
    declaredNoneChanged: 0,
  }
  for (const { relation, changes } of categories) {
    relations[relation]++
    if (!changes) continue
    if (relation === 'same' && !hasChanges(changes)) summary.unchanged++
    summary.componentsAdded += changes.componentsAdded.length
    summary.componentsRemoved += changes.componentsRemoved.length
    summary.levelsChanged += changes.levelChanged.length
    if (changes.window) summary.windowsMoved++
    if (changes.minimum) summary.minimumsChanged++
    if (changes.declaredNone) summary.declaredNoneChanged++
  }
  return summary
}
