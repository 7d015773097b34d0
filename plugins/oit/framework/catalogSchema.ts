/**
 * The category catalogue (`categories.json`): every kind of data the OIT collections hold,
 * as a collection plus an equality filter, with the components it can provide. A component
 * is defined here once (label, check, PDF-statement key, the checklist's usual wording), and
 * each year's file only names the keys its items require, so the checks are not repeated
 * per year and a new year is a list of items.
 */
import { z } from 'zod'

import { refuseDuplicateKeys } from './duplicateKeys'
import { componentSchema, label, scalar, slugKey } from './schema'

/**
 * A component as the catalogue defines it once: key, label, the checklist's usual wording
 * (a year may give its own), scope, check and PDF-statement key. Its level and certainty
 * are the year's.
 */
export const catalogComponentSchema = componentSchema
  .pick({ key: true, label: true, requirement: true, scope: true, check: true, pdfComponent: true })
  .strict()

export const categorySchema = z
  .object({
    /** What year files name, e.g. `procurement-annual-report`. */
    key: slugKey,
    label,
    collection: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Equality filter on the collection's fields, e.g. `{ "kind": "annual", "subject": "hr" }`. */
    where: z.record(z.string(), scalar).default({}),
    components: z.array(catalogComponentSchema).min(1),
  })
  .strict()
  .superRefine((category, ctx) =>
    refuseDuplicateKeys(
      ctx,
      category.components.map((c) => c.key),
      (index) => ['components', index, 'key'],
      'component key',
    ),
  )

/** A stable name for a collection + filter, to find two categories that are one. */
export function categoryIdentity(category: { collection: string; where: Record<string, unknown> }): string {
  const where = Object.keys(category.where)
    .sort()
    .map((key) => `${key}=${String(category.where[key])}`)
  return [category.collection, ...where].join('|')
}

export const catalogSchema = z
  .object({ categories: z.array(categorySchema).min(1) })
  .strict()
  .superRefine((catalog, ctx) => {
    refuseDuplicateKeys(
      ctx,
      catalog.categories.map((c) => c.key),
      (index) => ['categories', index, 'key'],
      'category key',
    )
    const identities = new Map<string, string>()
    catalog.categories.forEach((category, index) => {
      const identity = categoryIdentity(category)
      const other = identities.get(identity)
      if (other) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', index, 'where'],
          message: `same collection and filter as category "${other}": give one category the components of both`,
        })
      }
      identities.set(identity, category.key)
    })
  })

export type Catalog = z.infer<typeof catalogSchema>
export type Category = z.infer<typeof categorySchema>
export type CatalogComponent = z.infer<typeof catalogComponentSchema>
