/**
 * The public shape of frameworks served by `/api/oit/frameworks`. These keys are a
 * contract with the public site and the ITAS exporters: add keys, never rename them.
 */
import { checkPaths } from './checkReferences'
import type { Framework, FrameworkItem } from './schema'

export interface FrameworkSummary {
  year: number
  title: Framework['title']
  source: string
  itemCount: number
  /** Partly inferred, not from the official checklist. */
  provisional: boolean
}

export function summarise(framework: Framework): FrameworkSummary {
  return {
    year: framework.year,
    title: framework.title,
    source: framework.source,
    itemCount: framework.items.length,
    provisional: framework.provisional,
  }
}

type CollectionLabel = (slug: string) => unknown

export function presentItem(framework: Framework, item: FrameworkItem, collectionLabel: CollectionLabel) {
  const indicator = framework.indicators.find((i) => i.code === item.indicator)
  return {
    code: item.code,
    title: item.title,
    indicator: item.indicator,
    indicatorTitle: indicator?.title,
    heading: item.heading,
    description: item.description,
    category: { ...item.category, label: collectionLabel(item.category.collection) },
    collection: item.category.collection,
    filter: item.category.where,
    window: item.window,
    minimum: item.minimum,
    declaredNone: item.declaredNone ?? null,
    division: item.division,
    divisionNote: item.divisionNote ?? null,
    notes: item.notes,
    source: item.source ?? null,
    gaps: item.gaps ?? null,
    components: item.components.map((component) => ({
      id: `${item.code}.${component.key}`,
      key: component.key,
      label: component.label,
      requirement: component.requirement,
      level: component.level,
      scope: component.scope,
      fieldPaths: checkPaths(component.check),
      check: component.check,
      pdfComponent: component.pdfComponent ?? null,
      certainty: component.certainty ?? null,
    })),
  }
}

export function presentFramework(framework: Framework, collectionLabel: CollectionLabel) {
  return {
    ...summarise(framework),
    indicators: framework.indicators,
    items: framework.items.map((item) => presentItem(framework, item, collectionLabel)),
  }
}
