import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { describeGap, type FieldLabels } from '../engine/describeGap'
import { type CustomChecks, evaluate, type Finding } from '../engine/evaluate'
import { localize } from '../engine/localize'
import { pathLabel } from '../engine/pathLabel'
import { refusalEntry } from '../engine/refusal'
import { mergeForJudgement } from '../engine/values'
import type { RuleSet } from '../rules/schema'
import { inEveryLanguage } from '../translations'
import type { FormatMessage } from '../types'

export interface GateOnSaveOptions {
  slug: string
  sets: RuleSet[]
  customChecks: CustomChecks
  readinessField: string
  /** Without drafts every save is a publish. */
  hasDrafts: boolean
  /** To name an incomplete row ("รายการที่ 3: ขาดผู้ได้รับการคัดเลือก"). */
  labels?: FieldLabels
  /** How a message in every language becomes the text a client gets. */
  formatMessage: FormatMessage
}

/**
 * One error per incomplete row (path `rows.2.winner`), or one for the rule, each with the
 * field's label in the reader's language: Payload names the fields of a validation error by
 * their labels (its message, and the admin's toast, list them), by their paths without.
 */
function errorsOf(finding: Finding, options: GateOnSaveOptions, req: PayloadRequest) {
  const format = (render: Parameters<typeof inEveryLanguage>[0]) => options.formatMessage(inEveryLanguage(render), req)
  const base = { ruleId: finding.ruleId, level: finding.level }
  const label = (path: string) => pathLabel(path, options.labels ?? {}, req.i18n?.language ?? 'en')
  if (!finding.rows?.length) {
    return [
      {
        ...base,
        path: finding.path,
        label: label(finding.path),
        message: format((_, language) => localize(finding.message, language)),
      },
    ]
  }
  return finding.rows.map((gap) => ({
    ...base,
    path: gap.path,
    label: label(gap.path),
    row: gap.index,
    // The rule's message first (as every gate error), then the row.
    message: format((translate, language) =>
      translate('ruleAndRow', {
        message: localize(finding.message, language),
        row: describeGap(gap, options.labels ?? {}, language, translate),
      }),
    ),
  }))
}

function judge(options: GateOnSaveOptions, data: Record<string, unknown>, saved: unknown, req: PayloadRequest) {
  const doc = mergeForJudgement(saved ?? {}, data) as Record<string, unknown>
  const result = evaluate(options.sets, doc, options.customChecks)
  // Stored so that lists can show and filter it; recomputed on every save, drafts included.
  data[options.readinessField] = result.complete ? 'ready' : 'incomplete'
  const status = (data._status ?? (saved as { _status?: unknown } | undefined)?._status) as string | undefined
  const publishing = !options.hasDrafts || status === 'published'
  if (!publishing || result.complete) return data
  // Payload's standard validation error: HTTP 400, shown by the admin and the SDKs; each
  // entry carries the rule id and level besides the field path and the message, and one
  // more (on the checklist's field) says by its `code` that the gate refused (engine/refusal.ts).
  const refusal = refusalEntry(
    result.missing.map((finding) => finding.ruleId),
    options.formatMessage(inEveryLanguage((translate) => translate('refused', { n: result.missing.length })), req),
    inEveryLanguage((translate) => translate('checklist')),
  )
  const errors = [...result.missing.flatMap((finding) => errorsOf(finding, options, req)), refusal]
  const error = new ValidationError({ collection: options.slug, errors, req }, req.t)
  // Two years' rules may miss the same field: each keeps its entry, the message names it once.
  const language = req.i18n?.language ?? 'en'
  const named = [...new Set(errors.map((entry) => (entry.label ? localize(entry.label, language) : entry.path)))]
  error.message = `${req.t('error:followingFieldsInvalid', { count: named.length })} ${named.join(', ')}`
  throw error
}

/**
 * Refuses to publish (or keep published) a document that misses a required component,
 * on every path that saves: admin, REST, GraphQL, Local API whatever its access, bulk
 * updates, scheduled publish jobs, version restores. Drafts always save.
 */
export function gateCollectionSave(options: GateOnSaveOptions): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => judge(options, data, originalDoc, req)
}

export function gateGlobalSave(options: GateOnSaveOptions): GlobalBeforeChangeHook {
  return ({ data, originalDoc, req }) => judge(options, data, originalDoc, req)
}
