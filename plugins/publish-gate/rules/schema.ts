/**
 * Publish-gate rules: declarative data, checked with zod when the plugin is applied.
 * Nothing here knows about OIT; any collection or global can be gated.
 */
import { z } from 'zod'

/**
 * Words a person reads, in each language the app speaks (`{ th: 'รูปถ่าย', en: 'Photo' }`):
 * whatever languages, at least one. The admin shows the one of its language, else the first.
 */
const text = z
  .record(z.string(), z.string().min(1))
  .refine((byLanguage) => Object.keys(byLanguage).length > 0, 'words in at least one language')
const path = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*(\.[a-zA-Z_][a-zA-Z0-9_]*)*$/, 'a field path such as `contact.phone`')
const scalar = z.union([z.string(), z.number(), z.boolean()])

export type GateCheck =
  | { type: 'present'; path: string }
  | { type: 'rows'; path: string; min: number; each: (string | string[])[] }
  | { type: 'equals'; path: string; value: boolean | number | string }
  | { type: 'greaterThan'; path: string; otherPath: string }
  | { type: 'upload'; path: string; mimeTypes: string[] }
  | { type: 'dateWithin'; path: string; from?: string; to?: string }
  | { type: 'anyOf'; checks: GateCheck[] }
  | { type: 'allOf'; checks: GateCheck[] }
  | { type: 'custom'; name: string }

export const gateCheckSchema: z.ZodType<GateCheck> = z.lazy(() =>
  z.discriminatedUnion('type', [
    /** Non-empty text or rich text, a file or relation, a number (0 counts), `true`, a non-empty list. */
    z.object({ type: z.literal('present'), path }).strict(),
    /** At least `min` rows, each with the `each` sub-fields (an inner list: any one of them). */
    z
      .object({
        type: z.literal('rows'),
        path,
        min: z.number().int().min(1).default(1),
        each: z.array(z.union([path, z.array(path).min(2)])).default([]),
      })
      .strict(),
    z.object({ type: z.literal('equals'), path, value: scalar }).strict(),
    /** A number greater than another field's, e.g. a plan's last year after its first. */
    z.object({ type: z.literal('greaterThan'), path, otherPath: path }).strict(),
    /** A file of an allowed type (judged when the file is populated; otherwise presence). */
    z.object({ type: z.literal('upload'), path, mimeTypes: z.array(z.string()).min(1) }).strict(),
    /** A date (or the start of a period) inside [from, to), ISO instants. */
    z.object({ type: z.literal('dateWithin'), path, from: z.string().optional(), to: z.string().optional() }).strict(),
    z.object({ type: z.literal('anyOf'), checks: z.array(gateCheckSchema).min(2) }).strict(),
    z.object({ type: z.literal('allOf'), checks: z.array(gateCheckSchema).min(1) }).strict(),
    /** A named function given to the plugin (`customChecks`), for what data cannot say. */
    z.object({ type: z.literal('custom'), name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/) }).strict(),
  ]),
)

export const GATE_LEVELS = ['required', 'recommended', 'info'] as const
export type GateLevel = (typeof GATE_LEVELS)[number]

export const gateRuleSchema = z
  .object({
    id: z.string().min(1),
    /** `required` blocks publishing, `recommended` warns, `info` only shows. */
    level: z.enum(GATE_LEVELS),
    /** What is checked, in the source's words: "รูปถ่าย / Photo". */
    label: text,
    /** Shown when it is missing. */
    message: text,
    check: gateCheckSchema,
    /** Field to jump to from the checklist (defaults to the check's first path). */
    fieldPath: path.optional(),
    /** Key of an attachment statement that may satisfy the rule instead (see the set's `attachment`). */
    attachmentKey: z.string().optional(),
  })
  .strict()

export const ruleSetSchema = z
  .object({
    id: z.string().min(1),
    /** Shown above its rules and in results: what judged the document, e.g. "ITA 2566 · o2". */
    label: text,
    /** Equality conditions on the document's fields for the set to apply. */
    when: z.record(z.string(), scalar).default({}),
    /** Apply only to documents whose year (at `path`) is in [min, max]; `undated` also to those without. */
    year: z
      .object({
        path,
        min: z.number().optional(),
        max: z.number().optional(),
        undated: z.boolean().default(false),
      })
      .strict()
      .optional(),
    /**
     * Who asks for these rules, in short ("ITA 2566"): the checklist names it on each line
     * (one line per component, however many sets ask for it) and once in "judged by".
     * @default the set's `label`
     */
    source: text.optional(),
    /**
     * The standard the set comes from, issued per year: `name` `year` asks about documents
     * whose year (at `year.path`) is `year + offset`. When no set of the collection is of
     * the year a document asks for, the checklist says so ("ยังไม่มีเกณฑ์ ITA 2570").
     */
    standard: z.object({ name: z.string().min(1), year: z.number().int(), offset: z.number().int().default(0) }).strict().optional(),
    /** A declaration of none (`<path>.isNone` + `<path>.explanation`) satisfies every rule of the set. */
    declaredNone: z.object({ path }).strict().optional(),
    /** An attached file plus `{ component, pages }` rows may satisfy rules that have an `attachmentKey`. */
    attachment: z.object({ filePath: path, locationsPath: path }).strict().optional(),
    rules: z.array(gateRuleSchema).min(1),
  })
  .strict()

export type GateRule = z.infer<typeof gateRuleSchema>
export type RuleSet = z.infer<typeof ruleSetSchema>
