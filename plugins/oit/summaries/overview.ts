import type { PayloadRequest } from 'payload'

import type { Label } from '@prongsai/shared/bilingual'
import type { Framework } from '../framework/schema'
import { oitNow } from '../framework/now'
import { ITEM_STATUSES, type ItemStatusName } from '../status/types'
import type { OitCustomConfig, OrganisationCard, OrganisationId } from '../types'
import { organisationOfDoc } from '../organisations/scope'
import { changedSince } from './refreshSummaries'
import { OIT_SUMMARIES_SLUG } from './slug'

/** What the rows can be sorted by: the name, progress, a status's count, the last publication. */
export const OVERVIEW_SORTS = ['name', 'progress', 'lastPublishedAt', ...ITEM_STATUSES] as const
export type OverviewSort = (typeof OVERVIEW_SORTS)[number]

export interface OverviewQuery {
  /** Facet key → the value rows must have (e.g. `province` → `เชียงใหม่`). */
  filters?: Record<string, string>
  sort?: OverviewSort
  /** @default 'asc' for the name, 'desc' otherwise */
  direction?: 'asc' | 'desc'
}

export interface OverviewRow {
  organisation: OrganisationId
  name: string
  facets: Record<string, { value: string; label: Label | string }>
  counts: Record<ItemStatusName, number>
  total: number
  progress: number
  lastPublishedAt: string | null
  computedAt: string
  /** Changed since it was computed, or computed on an earlier day: a refresh is due. */
  outOfDate: boolean
}

export interface Overview {
  year: number
  provisional: boolean
  /** Rows after the filters, sorted. */
  rows: OverviewRow[]
  /** How many organisations the reader may see in all (before the filters). */
  organisations: number
  /** The items not answered "มี" in most of the rows shown (the ten first). */
  mostMissing: { code: string; title: Label; count: number }[]
  /** Each facet with the values the reader's organisations have, for the filters. */
  facets: { key: string; label: Label; values: { value: string; label: Label | string }[] }[]
  /** Counts per status over the rows shown. */
  counts: Record<ItemStatusName, number>
}

interface StoredRow {
  year: number
  counts: Record<ItemStatusName, number>
  total: number
  progress: number
  items: Record<string, ItemStatusName>
  lastPublishedAt?: string | null
  computedAt: string
  changedAt?: string | null
  [field: string]: unknown
}

/**
 * The view across organisations for one ITA year: one row per organisation the reader may
 * read (the summaries collection's own access decides, as for any read), from the stored
 * statuses, never computed here.
 */
export async function overviewOf(req: PayloadRequest, framework: Framework, query: OverviewQuery = {}): Promise<Overview> {
  const { payload } = req
  const custom = payload.config.custom.oit as OitCustomConfig
  const organisations = custom.organisations
  if (!organisations) throw new Error('[oitPlugin] the view across organisations needs the `organisations` option')
  const field = organisations.field
  const { docs } = await payload.find({
    collection: OIT_SUMMARIES_SLUG as never,
    where: { year: { equals: framework.year } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const stored = docs as unknown as StoredRow[]
  const ids = stored.map((row) => organisationOfDoc(payload, row)!)
  const cards = new Map<string, OrganisationCard>(
    (organisations.describe ? await organisations.describe(req, ids) : ids.map((id) => ({ id, name: String(id) }))).map(
      (card) => [String(card.id), card],
    ),
  )
  const now = oitNow(payload)
  const all: (OverviewRow & { items: StoredRow['items'] })[] = stored.map((row) => {
    const organisation = organisationOfDoc(payload, row)!
    const card = cards.get(String(organisation))
    return {
      organisation,
      name: card?.name ?? String(organisation),
      facets: card?.facets ?? {},
      counts: row.counts,
      total: row.total,
      progress: row.progress,
      lastPublishedAt: row.lastPublishedAt ?? null,
      computedAt: row.computedAt,
      outOfDate: changedSince(row, now),
      items: row.items,
    }
  })
  const facets = (organisations.facets ?? []).map(({ key, label }) => {
    const values = new Map<string, Label | string>()
    for (const row of all) {
      const facet = row.facets[key]
      if (facet?.value) values.set(facet.value, facet.label)
    }
    return {
      key,
      label,
      values: [...values].map(([value, label]) => ({ value, label })).sort((a, b) => a.value.localeCompare(b.value, 'th')),
    }
  })
  const filters = Object.entries(query.filters ?? {}).filter(([key, value]) => value && facets.some((f) => f.key === key))
  const shown = all
    .filter((row) => filters.every(([key, value]) => row.facets[key]?.value === value))
    .sort(comparator(query.sort ?? 'name', query.direction))
  return {
    year: framework.year,
    provisional: framework.provisional,
    rows: shown.map(({ items: _items, ...row }) => row),
    organisations: all.length,
    mostMissing: mostMissing(framework, shown),
    facets,
    counts: Object.fromEntries(
      ITEM_STATUSES.map((status) => [status, shown.reduce((sum, row) => sum + (row.counts[status] ?? 0), 0)]),
    ) as Record<ItemStatusName, number>,
  }
}

function comparator(sort: OverviewSort, direction?: 'asc' | 'desc') {
  const sign = (direction ?? (sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 1 : -1
  const value = (row: OverviewRow): number | string =>
    sort === 'name'
      ? row.name
      : sort === 'progress'
        ? row.progress
        : sort === 'lastPublishedAt'
          ? (row.lastPublishedAt ?? '')
          : (row.counts[sort] ?? 0)
  return (a: OverviewRow, b: OverviewRow) => {
    const x = value(a)
    const y = value(b)
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'th')
    return sign * order || a.name.localeCompare(b.name, 'th')
  }
}

/** The statuses an assessor counts as "มี". */
const ANSWERED = new Set<ItemStatusName>(['complete', 'declared-none'])

/** The items most rows have not answered "มี" (neither complete nor declared none), most first. */
function mostMissing(framework: Framework, rows: { items: Record<string, ItemStatusName> }[]) {
  const counts = new Map<string, number>()
  for (const row of rows) {
    for (const [code, status] of Object.entries(row.items ?? {})) {
      if (!ANSWERED.has(status)) counts.set(code, (counts.get(code) ?? 0) + 1)
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .slice(0, 10)
    .map(([code, count]) => ({
      code,
      title: framework.items.find((item) => item.code === code)?.title ?? { th: code, en: code },
      count,
    }))
}
