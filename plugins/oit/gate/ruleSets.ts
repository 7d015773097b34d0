/**
 * Turns ITA frameworks into publish-gate rule sets: one set per item, holding the item's
 * document-scope components (item-scope ones, such as "a top executive exists", are
 * judged across documents by the dashboard, not when one document is saved).
 *
 * Which year judges a document: its fiscal year picks the framework of the assessment
 * that looks at it — ITA Y assesses FY Y, and FY Y−1 for `previous-fy` items (annual
 * reports), so a FY 2565 annual report is judged by ITA 2566; where years are missing,
 * the first framework after; documents after the newest framework, and undated ones,
 * by the newest.
 *
 * A provisional year (titles or components partly inferred) never blocks: the firm years
 * divide the fiscal years among themselves as if it were absent, and its own rule sets,
 * over the years it would take, only warn ("ชั่วคราว / provisional").
 */
import type { CollectionConfig } from 'payload'

import type { RuleSet, RuleSetsBySlug } from '@prongsai/publish-gate'
import { fieldAtPath } from '../framework/fieldPaths'
import type { Framework } from '../framework/schema'
import { yearLabel } from '../framework/yearLabel'

export function oitRuleSets(
  frameworks: readonly Framework[],
  collections: readonly CollectionConfig[],
  /**
   * `warn`: a provisional year's required components only warn (the publish gate).
   * `keep`: they stay required (the status: what must still be prepared for that year).
   */
  provisionalLevels: 'keep' | 'warn' = 'warn',
): RuleSetsBySlug {
  const all = [...frameworks].sort((a, b) => a.year - b.year)
  const firm = all.filter((f) => !f.provisional)
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  const out: RuleSetsBySlug = {}
  all.forEach((framework) => {
    const span = framework.provisional ? all : firm
    const index = span.indexOf(framework)
    const newest = index === span.length - 1
    const previous = span[index - 1]
    const ita = yearLabel(framework)
    for (const item of framework.items) {
      const collection = bySlug.get(item.category.collection)
      if (!collection) continue
      const components = item.components.filter((c) => c.scope === 'document')
      if (components.length === 0) continue
      const dated = Boolean(fieldAtPath(collection.fields, 'fiscalYear'))
      const offset = item.window === 'previous-fy' ? -1 : 0
      const hasAttachment = Boolean(fieldAtPath(collection.fields, 'componentLocations'))
      const set: RuleSet = {
        id: `ita-${framework.year}:${item.code}`,
        label: {
          th: `${ita.th} · ${item.code} ${item.title.th}`,
          en: `${ita.en} · ${item.code} ${item.title.en}`,
        },
        // One line per component in the checklist, naming each year that asks for it.
        source: ita,
        standard: { name: 'ITA', year: framework.year, offset },
        when: item.category.where,
        year: dated
          ? {
              path: 'fiscalYear',
              min: previous ? previous.year + 1 + offset : undefined,
              max: newest ? undefined : framework.year + offset,
              undated: newest,
            }
          : { path: 'fiscalYear', undated: newest },
        declaredNone: item.declaredNone ? { path: item.declaredNone.path } : undefined,
        attachment: hasAttachment ? { filePath: 'sourceDocument', locationsPath: 'componentLocations' } : undefined,
        rules: components.map((component) => ({
          id: `${item.code}.${component.key}`,
          level:
            framework.provisional && provisionalLevels === 'warn' && component.level === 'required'
              ? 'recommended'
              : component.level,
          label: component.label,
          message: {
            th: `ขาด${component.label.th} (${item.code} ${item.title.th})`,
            en: `${component.label.en} is missing (${item.code} ${item.title.en})`,
          },
          check: component.check,
          attachmentKey: component.pdfComponent,
        })),
      }
      ;(out[item.category.collection] ??= []).push(set)
    }
  })
  return out
}
