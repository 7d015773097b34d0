/**
 * What the organisation has for each item of the newer year and what it still has to
 * prepare: the status engine's answer for that year (documents that count, reasons) put
 * beside what the comparison says changed for the item. Pure, so it is tested apart.
 */
import type { Label } from '@prongsai/shared/bilingual'
import type { DocumentRef, ItemStatusName, Reason, YearStatus } from '../status/types'
import type {
  ComponentRef,
  Correspondence,
  FrameworkComparison,
  ItemRef,
  Relation,
  WindowRef,
} from './compareFrameworks'

export interface PreparedItem {
  code: string
  title: Label
  indicator: string
  status: ItemStatusName
  /** Answered "มี" already: complete, or a valid declaration that there is none. */
  ready: boolean
  /** How the item continues the older year's items (by category), and which ones. */
  relation: Relation
  was: ItemRef[]
  /** Components this item asks for that no older item of its category did. */
  newComponents: ComponentRef[]
  /** The windows before and after, when the item's data must now be of another period. */
  windowMoved: { from: WindowRef[]; to: WindowRef[] } | null
  /** Published documents that already count for the item. */
  documents: DocumentRef[]
  /** What is still to do: the status engine's reasons (missing components, nothing in the window, …). */
  toPrepare: Reason[]
  /** Recommended components not given. */
  warnings: Reason[]
  /** The admin list of the item's documents. */
  adminUrl: string
  nextDue: { date: string; what: Label; overdue: boolean } | null
}

export interface OrganisationPreparation {
  year: number
  generatedAt: string
  counts: YearStatus['counts']
  /** Items ready, of all items. */
  ready: number
  total: number
  items: PreparedItem[]
}

/** The correspondence that holds a newer item: the finer group where a category has them. */
function correspondenceOf(comparison: FrameworkComparison): Map<string, Correspondence> {
  const out = new Map<string, Correspondence>()
  for (const category of comparison.categories) {
    for (const entry of category.groups ?? [category]) {
      for (const item of entry.to) out.set(item.code, entry)
    }
  }
  return out
}

export function preparationOf(status: YearStatus, comparison: FrameworkComparison): OrganisationPreparation {
  const byCode = correspondenceOf(comparison)
  const items = status.items.map((item): PreparedItem => {
    const entry = byCode.get(item.code)
    const changes = entry?.changes ?? null
    return {
      code: item.code,
      title: item.title,
      indicator: item.indicator,
      status: item.status,
      ready: item.status === 'complete' || item.status === 'declared-none',
      // An item the comparison does not know (not the `to` year of it) counts as new.
      relation: entry?.relation ?? 'added',
      was: entry?.from ?? [],
      newComponents: (changes?.componentsAdded ?? []).filter((c) => c.items.includes(item.code)),
      windowMoved: changes?.window ?? null,
      documents: item.documents,
      toPrepare: item.reasons,
      warnings: item.warnings,
      adminUrl: item.adminUrl,
      nextDue: item.nextDue,
    }
  })
  return {
    year: status.year,
    generatedAt: status.generatedAt,
    counts: status.counts,
    ready: items.filter((i) => i.ready).length,
    total: items.length,
    items,
  }
}
