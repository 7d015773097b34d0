/**
 * Judge: the verdicts of an item's status, from what `select.ts` read. Pure (no database, no
 * clock, no text): reasons are facts with machine fields, put into words by `explain.ts`.
 */
import type { Finding } from '@prongsai/publish-gate/types'
import { declaredNone, evaluate, localize } from '@prongsai/publish-gate/utilities'
import { bangkokDay, type FiscalMonth } from '@prongsai/shared/thai-calendar'
import type { FrameworkItem } from '../framework/schema'
import type { Doc, ItemRuleSet } from './select'
import type { DocumentRef, ItemStatusName, ReasonFacts } from './types'

export const MONTHLY = 'monthly-first-half-current-fy'
export const SIX_MONTHS = 'first-half-current-fy'

/** The month (`YYYY-MM`, Bangkok) of a monthly document. */
export const monthOf = (doc: Doc): string => bangkokDay(String(doc.month)).slice(0, 7)

/** A stored `ready` from this year's rules is taken as it is. */
export const trustedBy =
  (set: ItemRuleSet | undefined) =>
  (doc: Doc): boolean =>
    !set || (doc.readiness === 'ready' && set.judgedAtSave(doc))

/** The gate's verdict on a document, as ITA `year` would judge it. */
export const judgeDocument = (set: ItemRuleSet | undefined, doc: Doc) => (set ? evaluate([set.judge], doc) : undefined)

export interface DocumentVerdict {
  doc: Doc
  complete: boolean
  missing: Finding[]
  warnings: Finding[]
  /** A valid declaration of none, as the gate judges it (checked box and an explanation). */
  declaresNone: boolean
}

/**
 * Each published document's verdict: judged here when read with its rows (`deep`); a trusted
 * document read only for its recommended rows or its page table keeps its stored verdict.
 */
export function documentVerdicts({
  listed,
  deep,
  set,
  untrusted,
  warned,
}: {
  listed: Doc[]
  deep: ReadonlyMap<Doc['id'], Doc>
  set: ItemRuleSet | undefined
  untrusted: Doc[]
  warned: Doc[]
}): DocumentVerdict[] {
  const trusted = trustedBy(set)
  return listed.map((item) => {
    const doc = deep.get(item.id) ?? item
    const verdict = deep.has(item.id) ? judgeDocument(set, doc) : undefined
    return {
      doc,
      complete: trusted(item) || Boolean(verdict?.complete),
      missing: trusted(item) ? [] : (verdict?.missing ?? []),
      warnings: untrusted.length || warned.includes(item) ? (verdict?.warnings ?? []) : [],
      declaresNone: Boolean(set && declaredNone(set.judge, doc)),
    }
  })
}

/** A gate finding on a document, as a reason. */
export const findingReason = (
  document: DocumentRef,
  finding: Finding,
  code: 'component-missing' | 'recommended-missing',
): ReasonFacts => ({
  code,
  document,
  component: finding.ruleId,
  path: finding.path,
  // The gate's words by language; the status speaks Thai and English.
  finding: { th: localize(finding.message, 'th'), en: localize(finding.message, 'en') },
})

/** What the first `named` documents lack (reasons), and what the first complete ones could add (warnings). */
export function documentFindings(
  verdicts: DocumentVerdict[],
  ref: (doc: Doc) => DocumentRef,
  named: number,
): { reasons: ReasonFacts[]; warnings: ReasonFacts[] } {
  const reasons = verdicts
    .slice(0, named)
    .flatMap(({ doc, missing }) => missing.map((f) => findingReason(ref(doc), f, 'component-missing')))
  const warnings = verdicts
    .filter((v) => v.complete)
    .slice(0, named)
    .flatMap(({ doc, warnings: found }) => found.map((f) => findingReason(ref(doc), f, 'recommended-missing')))
  return { reasons, warnings }
}

/**
 * สขร.1: each month of the first half that has ended needs a complete summary or a
 * declaration (`covered`); a month with only a draft or an incomplete one (`started`) is pending.
 */
export function missingMonths(
  due: readonly FiscalMonth[],
  covered: ReadonlySet<string>,
  started: ReadonlySet<string>,
): { reasons: ReasonFacts[]; short: number; pending: number } {
  const reasons: ReasonFacts[] = due
    .map((month) => month.firstDay.slice(0, 7))
    .filter((month) => !covered.has(month))
    .map((month) => ({
      code: 'month-missing',
      month,
      pending: started.has(month),
    }))
  const pending = reasons.filter((r) => r.pending).length
  return { reasons, short: reasons.length - pending, pending }
}

/** A published document of the item's kind outside the window: six-month data of the right year that stops early says where it stops. */
export function outOfWindowReason(item: FrameworkItem, year: number, doc: Doc, document: DocumentRef): ReasonFacts {
  const endsEarly = item.window === SIX_MONTHS && doc.fiscalYear === year && doc.periodEnd
  return {
    code: 'out-of-window',
    document,
    ...(endsEarly ? { until: String(doc.periodEnd) } : {}),
  }
}

/** What the item's documents, months and checks amount to, before anything else is read. */
export interface Tally {
  monthly: boolean
  minimum: number
  /** Complete documents counted (judged here, or by their stored verdict). */
  counted: number
  /** Complete documents judged here, and of those the declarations of none. */
  complete: number
  declarations: number
  monthsOpen: number
  itemChecksPass: boolean
}

/** `complete` or `declared-none` when the item is answered "มี"; otherwise undefined (see `shortfall`). */
export function answered(t: Tally): 'complete' | 'declared-none' | undefined {
  const substantive = t.complete - t.declarations
  if (substantive === 0 && t.declarations > 0 && t.monthsOpen === 0 && t.itemChecksPass) return 'declared-none'
  const minimum = t.monthly ? 0 : t.minimum
  if (t.counted >= minimum && t.monthsOpen === 0 && t.itemChecksPass && (t.monthly ? t.complete > 0 : true))
    return 'complete'
  return undefined
}

/** Why an item that is not answered is not: is there anything at all, in the window or out of it? */
export function shortfall(t: {
  monthly: boolean
  monthsOpen: number
  monthsPending: number
  published: number
  drafts: number
  outside: number
}): Exclude<ItemStatusName, 'complete' | 'declared-none'> {
  if (t.monthly && t.monthsOpen > 0)
    return t.monthsPending > 0 ? 'incomplete' : t.published + t.outside > 0 ? 'stale' : 'missing'
  if (t.published > 0 || t.drafts > 0) return 'incomplete'
  if (t.outside > 0) return 'stale'
  return 'missing'
}

/** Below the minimum, with something published: how many of how many. */
export function belowMinimum(t: {
  monthly: boolean
  counted: number
  minimum: number
  published: number
}): ReasonFacts[] {
  return !t.monthly && t.counted < t.minimum && t.published > 0
    ? [{ code: 'below-minimum', counted: t.counted, minimum: t.minimum }]
    : []
}
