/**
 * The shape of a year file (`ita-<year>.json`): the items of one ITA year, grouped under
 * the checklist's indicators and headings, each naming a category of the catalogue and the
 * component keys it requires. Checks, labels and PDF keys live in the catalogue; a year
 * gives only what is its own: codes, titles, windows, minimums, "none" rules, divisions,
 * notes and, where its wording differs, a component's requirement text or level.
 */
import { z } from 'zod'

import type { Catalog } from './catalogSchema'
import { CERTAINTIES, COMPONENT_LEVELS, itemFields, label, slugKey, yearFields } from './schema'

/** A required component: its key, or the key with this year's own wording, level or certainty. */
export const componentRefSchema = z.union([
  slugKey,
  z
    .object({
      key: slugKey,
      requirement: z.string().trim().min(1).optional(),
      level: z.enum(COMPONENT_LEVELS).optional(),
      certainty: z.enum(CERTAINTIES).optional(),
    })
    .strict(),
])

export const yearItemSchema = itemFields
  .extend({
    /** A category key of `categories.json`. */
    category: slugKey,
    /** Keys of the year's `notes`. */
    notes: z.array(slugKey).default([]),
    components: z.array(componentRefSchema).min(1),
  })
  .strict()

export const yearSchema = yearFields
  .extend({
    notes: z.record(slugKey, label).default({}),
    groups: z
      .array(z.object({ indicator: z.string(), heading: label, items: z.array(yearItemSchema).min(1) }).strict())
      .min(1),
  })
  .strict()

export type YearFile = z.infer<typeof yearSchema>
export type YearItem = z.infer<typeof yearItemSchema>
export type ComponentRef = z.infer<typeof componentRefSchema>

export const refKey = (ref: ComponentRef): string => (typeof ref === 'string' ? ref : ref.key)

const PLACEHOLDER = /\{(note:)?([a-z0-9]+(?:-[a-z0-9]+)*)\}/g

/**
 * The year schema checked against a catalogue: every category, component key, note and
 * placeholder must exist, codes and component keys must be unique, indicators listed, and
 * a provisional year must say where each item and how sure each component is.
 */
export function yearSchemaFor(catalog: Catalog) {
  const categories = new Map(catalog.categories.map((c) => [c.key, c]))
  return yearSchema.superRefine((year, ctx) => {
    const indicators = new Set(year.indicators.map((i) => i.code))
    const codes = new Set<string>()
    year.groups.forEach((group, g) => {
      if (!indicators.has(group.indicator)) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', g, 'indicator'],
          message: `indicator "${group.indicator}" is not listed in "indicators"`,
        })
      }
      group.items.forEach((item, i) => {
        const at = ['groups', g, 'items', i]
        const issue = (path: PropertyKey[], message: string) =>
          ctx.addIssue({ code: 'custom', path: [...at, ...path], message })
        if (codes.has(item.code)) issue(['code'], `duplicate item code "${item.code}"`)
        codes.add(item.code)
        if (year.provisional && !item.source) issue(['source'], 'a provisional year says where each item comes from')
        item.notes.forEach((note, n) => {
          if (!year.notes[note]) issue(['notes', n], `no note "${note}" in the year's "notes"`)
        })
        const category = categories.get(item.category)
        if (!category) {
          issue(['category'], `no category "${item.category}" in categories.json`)
          return
        }
        const provides = new Set(category.components.map((c) => c.key))
        const seen = new Set<string>()
        item.components.forEach((ref, c) => {
          const key = refKey(ref)
          if (!provides.has(key)) {
            issue(
              ['components', c],
              `category "${category.key}" has no component "${key}" (it has: ${[...provides].join(', ')})`,
            )
          }
          if (seen.has(key)) issue(['components', c], `duplicate component key "${key}"`)
          seen.add(key)
          if (year.provisional && (typeof ref === 'string' || !ref.certainty)) {
            issue(
              ['components', c],
              `a provisional year says how sure each component is ("certainty": ${CERTAINTIES.join(' | ')})`,
            )
          }
        })
        for (const [, isNote, key] of item.description.matchAll(PLACEHOLDER)) {
          if (isNote ? !year.notes[key!] : !seen.has(key!)) {
            issue(
              ['description'],
              `"{${isNote ?? ''}${key}}" names no ${isNote ? 'note of the year' : 'component of the item'}`,
            )
          }
        }
      })
    })
  })
}

/** Fills `{key}` and `{note:key}` in a description. */
export function fillDescription(
  description: string,
  requirement: (key: string) => string,
  note: (key: string) => string,
): string {
  return description.replace(PLACEHOLDER, (_match, isNote: string | undefined, key: string) =>
    isNote ? note(key) : requirement(key),
  )
}
