/**
 * A resolved ITA framework: one assessment year with every item's category and components
 * spelled out, as the gate, the status, the exporters and the API use it. It is not what
 * the data files hold: a year file (`yearSchema.ts`) names categories and component keys
 * from the catalogue (`catalogSchema.ts`), and `expandYear.ts` resolves it into this.
 * The rule engine of the publish gate reads the same data: keep it declarative.
 */
import { z } from 'zod'

import type { GateCheck } from '@prongsai/publish-gate/types'
import { gateCheckSchema } from '@prongsai/publish-gate/utilities'
import { refuseDuplicateKeys } from './duplicateKeys'

/** The pieces the resolved framework, the catalogue and the year files are built of. */
export const label = z.object({ th: z.string().trim().min(1), en: z.string().trim().min(1) }).strict()
export const slugKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes')
export const fieldPath = z
  .string()
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]*(\.[a-zA-Z_][a-zA-Z0-9_]*)*$/, 'a field path such as `contact.phone`')
export const scalar = z.union([z.string(), z.number(), z.boolean()])

/**
 * A component's check is a publish-gate check: the same vocabulary (present, rows,
 * equals, greaterThan, upload, dateWithin, anyOf/allOf, custom), so frameworks compile to
 * gate rules without translation.
 */
export type Check = GateCheck
export const checkSchema = gateCheckSchema

export const COMPONENT_LEVELS = ['required', 'recommended', 'info'] as const

/**
 * How sure the component is, for a provisional year (the legend of the research notes):
 * `verbatim` from the official checklist, `secondary` (an agency's copy of it), `analogue`
 * (a related variant's wording), `paraphrase`, `inferred`.
 */
export const CERTAINTIES = ['verbatim', 'secondary', 'analogue', 'paraphrase', 'inferred'] as const

export const componentSchema = z
  .object({
    /** Unique within the item; the component's id is `<item code>.<key>`, e.g. `o2.photo`. */
    key: slugKey,
    /** Short name, e.g. รูปถ่าย / Photo: used in messages ("ขาดรูปถ่าย / Photo is missing"). */
    label,
    /** The checklist's own words for this component (Thai, as in the seed). */
    requirement: z.string().trim().min(1),
    level: z.enum(COMPONENT_LEVELS).default('required'),
    /**
     * `document`: judged on each document (the publish gate). `item`: judged across the
     * item's published documents (the dashboard), e.g. "a top executive and a deputy".
     */
    scope: z.enum(['document', 'item']).default('document'),
    /** Structured fields that satisfy the component. */
    check: checkSchema,
    /**
     * The collection's PDF component key: an attached official PDF plus a statement of
     * the pages where this component is also satisfies it.
     */
    pdfComponent: slugKey.optional(),
    certainty: z.enum(CERTAINTIES).optional(),
  })
  .strict()

/**
 * When the document must be from, relative to the assessment's fiscal year (FY):
 * - `current`: no fiscal year; kept up to date (structure, contact, manuals, …)
 * - `current-fy`: about the FY (news, activities, announcements)
 * - `valid-during-current-fy`: in force during the FY (plans: fiscalYear ≤ FY ≤ fiscalYearEnd)
 * - `first-half-current-fy`: covers 1 Oct – 31 Mar of the FY (statistics, six-month reports)
 * - `monthly-first-half-current-fy`: one per month, October to March (o21)
 * - `previous-fy`: about FY − 1 (annual reports)
 */
export const WINDOWS = [
  'current',
  'current-fy',
  'valid-during-current-fy',
  'first-half-current-fy',
  'monthly-first-half-current-fy',
  'previous-fy',
] as const

/**
 * What an item says of itself, the same in a year file and resolved: code, title, window,
 * minimum, "none" rule, division, the checklist's text and where it comes from.
 */
export const itemFields = z.object({
  /** The item code of that year, e.g. `o1` (2566) or `O1` (2568 on). */
  code: z.string().regex(/^[oO]\d{1,2}$/, 'an item code such as o1, o43 or O26'),
  title: label,
  /**
   * The full text of the checklist's component column, as in the seed (Thai). In a year
   * file `{key}` stands for a component's requirement and `{note:key}` for a note, so their
   * wording is written once.
   */
  description: z.string().trim().min(1),
  window: z.enum(WINDOWS),
  /** At least this many published documents (e.g. at least one manual). */
  minimum: z.number().int().min(1).default(1),
  /**
   * "If there is none, publish that there is none": a declaration (a `declaredNone`
   * group with `isNone` and `explanation`) stands in for the components.
   */
  declaredNone: z
    .object({
      path: fieldPath.default('declaredNone'),
      when: label,
    })
    .strict()
    .optional(),
  /** Default responsible division: a division `code`, or `all` (ทุกส่วนราชการ). */
  division: z.string().regex(/^(all|[a-z][a-z0-9-]*)$/),
  /** The responsible division as the seed writes it. */
  divisionNote: z.string().optional(),
  /** Where the item was taken from (required in a provisional year). */
  source: z.string().trim().min(1).optional(),
  /** What the sources do not say about the item: said rather than a component invented. */
  gaps: z.string().trim().min(1).optional(),
})

export const itemSchema = itemFields
  .extend({
    /** Sub-indicator code, e.g. `9.1`; must be listed in the framework's `indicators`. */
    indicator: z.string().regex(/^\d+\.\d+$/),
    /** The checklist's sub-heading, e.g. ข้อมูลพื้นฐาน / Basic information. */
    heading: label,
    category: z
      .object({
        /** The catalogue's category key, e.g. `procurement-annual-report`. */
        key: z.string().optional(),
        /** The catalogue's name for the category. */
        label: label.optional(),
        collection: z.string().regex(/^[a-z][a-z0-9-]*$/),
        /** Equality filter on the collection's fields, e.g. `{ "kind": "annual", "subject": "hr" }`. */
        where: z.record(z.string(), scalar).default({}),
      })
      .strict(),
    notes: z.array(label).default([]),
    components: z.array(componentSchema).min(1),
  })
  .strict()
  .superRefine((item, ctx) =>
    refuseDuplicateKeys(
      ctx,
      item.components.map((c) => c.key),
      (index) => ['components', index, 'key'],
      'component key',
    ),
  )

/** What a year says of itself, the same in a year file and resolved. */
export const yearFields = z.object({
  /** The ITA assessment year (BE); it assesses the fiscal year of the same number. */
  year: z.number().int().min(2560).max(2600),
  title: label,
  /** Where the items were transcribed from. */
  source: z.string().trim().min(1),
  /**
   * Not from the official checklist: titles, components or windows are partly inferred.
   * Shown as "ชั่วคราว / provisional" wherever the year is, and its rules only warn.
   */
  provisional: z.boolean().default(false),
  indicators: z.array(z.object({ code: z.string().regex(/^\d+\.\d+$/), title: label }).strict()).min(1),
})

export const frameworkSchema = yearFields
  .extend({
    items: z.array(itemSchema).min(1),
    /**
     * Set only on a guide built at run time (`yearInForce.ts`), never in a file: this year
     * has no framework yet, and the items of ITA `guideFrom` stand in for it, provisionally.
     */
    guideFrom: z.number().int().optional(),
  })
  .strict()
  .superRefine((framework, ctx) => {
    refuseDuplicateKeys(
      ctx,
      framework.items.map((i) => i.code),
      (index) => ['items', index, 'code'],
      'item code',
    )
    const indicators = new Set(framework.indicators.map((i) => i.code))
    framework.items.forEach((item, index) => {
      if (!indicators.has(item.indicator)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'indicator'],
          message: `indicator "${item.indicator}" is not listed in "indicators"`,
        })
      }
    })
  })

export type Framework = z.infer<typeof frameworkSchema>
export type FrameworkItem = z.infer<typeof itemSchema>
export type FrameworkComponent = z.infer<typeof componentSchema>
export type FrameworkWindow = (typeof WINDOWS)[number]
