/**
 * Resolves a checked year file against the catalogue into a {@link Framework}: each item
 * gets its category's collection and filter, and each named component the catalogue's
 * definition with the year's own wording, level and certainty laid over it.
 */
import type { Catalog } from './catalogSchema'
import type { Framework, FrameworkComponent, FrameworkItem } from './schema'
import { type ComponentRef, type YearFile, fillDescription, refKey } from './yearSchema'

export function expandYear(year: YearFile, catalog: Catalog): Framework {
  const categories = new Map(catalog.categories.map((c) => [c.key, c]))
  const items = year.groups.flatMap((group) =>
    group.items.map((item): FrameworkItem => {
      const category = categories.get(item.category)!
      const components = item.components.map((ref): FrameworkComponent => {
        const base = category.components.find((c) => c.key === refKey(ref))!
        const own: Exclude<ComponentRef, string> = typeof ref === 'string' ? { key: ref } : ref
        return {
          ...base,
          requirement: own.requirement ?? base.requirement,
          level: own.level ?? 'required',
          ...(own.certainty ? { certainty: own.certainty } : {}),
        }
      })
      const requirementOf = (key: string) => components.find((c) => c.key === key)!.requirement
      return {
        code: item.code,
        title: item.title,
        indicator: group.indicator,
        heading: group.heading,
        description: fillDescription(item.description, requirementOf, (key) => year.notes[key]!.th),
        category: { key: category.key, label: category.label, collection: category.collection, where: category.where },
        window: item.window,
        minimum: item.minimum,
        ...(item.declaredNone ? { declaredNone: item.declaredNone } : {}),
        division: item.division,
        ...(item.divisionNote ? { divisionNote: item.divisionNote } : {}),
        notes: item.notes.map((key) => year.notes[key]!),
        ...(item.source ? { source: item.source } : {}),
        ...(item.gaps ? { gaps: item.gaps } : {}),
        components,
      }
    }),
  )
  return {
    year: year.year,
    title: year.title,
    source: year.source,
    provisional: year.provisional,
    indicators: year.indicators,
    items,
  }
}
