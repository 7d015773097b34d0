/**
 * The rule engine: pure and isomorphic (no Node, no Payload at run time), so the
 * sidebar checklist in the browser and the publish hook on the server reach the same
 * verdict from the same rules.
 */
import type { GateCheck, GateLevel, GateRule, RuleSet } from '../rules/schema'

import { isPresent, valueAt } from './values'

export type CustomCheck = (doc: Record<string, unknown>) => boolean
export type CustomChecks = Record<string, CustomCheck>

/** One row of a list that misses sub-fields a `rows` rule asks of every row. */
export interface RowGap {
  /** The list, e.g. `rows`. */
  list: string
  /** 0-based; people read it as `index + 1` ("รายการที่ 3"). */
  index: number
  /** Sub-field paths inside the row that are missing (an inner list: its first one). */
  missing: string[]
  /** The first missing field's full path, e.g. `rows.2.winner`. */
  path: string
}

export interface Finding {
  ruleId: string
  setId: string
  level: GateLevel
  label: GateRule['label']
  message: GateRule['message']
  /** Field to point the editor at. */
  path: string
  /** How a satisfied rule was met. */
  via?: 'attachment' | 'declared-none' | 'fields'
  /** A missing `rows` rule: which rows lack what (empty when there are too few rows). */
  rows?: RowGap[]
}

export interface Completeness {
  /** No required rule is missing: the document may be published. */
  complete: boolean
  /**
   * Progress in percent (100 when nothing is required): each required rule counts 1 when
   * met, a `rows` rule its share of complete rows (two complete purchases out of three:
   * 2/3), so what is done shows. Below 100 while anything required is missing.
   */
  score: number
  /** The rule sets that judged the document, e.g. "ITA 2566 · o2". */
  judgedBy: { id: string; label: RuleSet['label'] }[]
  missing: Finding[]
  warnings: Finding[]
  info: Finding[]
  satisfied: Finding[]
}

function firstPath(check: GateCheck): string | undefined {
  switch (check.type) {
    case 'anyOf':
    case 'allOf':
      return check.checks.map(firstPath).find(Boolean)
    case 'custom':
      return undefined
    default:
      return check.path
  }
}

type RowsCheck = Extract<GateCheck, { type: 'rows' }>

/** What each row of a list misses of the sub-fields the rule asks of every row. */
function rowGapsOf(check: RowsCheck, rows: unknown[]): RowGap[] {
  return rows.flatMap((row, index) => {
    const missing = check.each.flatMap((sub) =>
      Array.isArray(sub)
        ? sub.some((p) => isPresent(valueAt(row, p)))
          ? []
          : [sub[0]!]
        : isPresent(valueAt(row, sub))
          ? []
          : [sub],
    )
    return missing.length ? [{ list: check.path, index, missing, path: `${check.path}.${index}.${missing[0]}` }] : []
  })
}

/** The rows that miss something, for every failing `rows` check inside a check. */
export function rowGaps(check: GateCheck, doc: Record<string, unknown>): RowGap[] {
  switch (check.type) {
    case 'rows': {
      const rows = valueAt(doc, check.path)
      return Array.isArray(rows) ? rowGapsOf(check, rows) : []
    }
    case 'allOf':
      return check.checks.flatMap((c) => rowGaps(c, doc))
    case 'anyOf':
      return check.checks.length && check.checks.every((c) => c.type === 'rows') ? rowGaps(check.checks[0]!, doc) : []
    default:
      return []
  }
}

/** How much of a missing rule is done, 0 to 1: a `rows` rule counts its complete rows. */
function shareDone(check: GateCheck, doc: Record<string, unknown>): number {
  if (check.type !== 'rows') return 0
  const rows = valueAt(doc, check.path)
  if (!Array.isArray(rows) || rows.length === 0) return 0
  const complete = rows.length - rowGapsOf(check, rows).length
  return complete / Math.max(rows.length, check.min)
}

export function runCheck(check: GateCheck, doc: Record<string, unknown>, custom: CustomChecks): boolean {
  switch (check.type) {
    case 'present':
      return isPresent(valueAt(doc, check.path))
    case 'equals':
      return valueAt(doc, check.path) === check.value
    case 'greaterThan': {
      const a = valueAt(doc, check.path)
      const b = valueAt(doc, check.otherPath)
      return typeof a === 'number' && typeof b === 'number' && a > b
    }
    case 'upload': {
      const value = valueAt(doc, check.path)
      if (!isPresent(value)) return false
      const mime = value && typeof value === 'object' ? (value as { mimeType?: unknown }).mimeType : undefined
      return (
        typeof mime !== 'string' ||
        check.mimeTypes.some((m) => (m.endsWith('/*') ? mime.startsWith(m.slice(0, -1)) : mime === m))
      )
    }
    case 'dateWithin': {
      const value = valueAt(doc, check.path)
      if (typeof value !== 'string' && !(value instanceof Date)) return false
      const t = new Date(value).getTime()
      if (Number.isNaN(t)) return false
      return (!check.from || t >= new Date(check.from).getTime()) && (!check.to || t < new Date(check.to).getTime())
    }
    case 'rows': {
      const rows = valueAt(doc, check.path)
      if (!Array.isArray(rows) || rows.length < check.min) return false
      return rowGapsOf(check, rows).length === 0
    }
    case 'anyOf':
      return check.checks.some((c) => runCheck(c, doc, custom))
    case 'allOf':
      return check.checks.every((c) => runCheck(c, doc, custom))
    case 'custom': {
      const fn = custom[check.name]
      // An unknown custom check cannot be judged here (e.g. in the browser): treat as met
      // and let the server, which has every function, decide.
      return fn ? fn(doc) : true
    }
  }
}

/** The rule sets that apply to a document: matching `when` conditions and year range. */
export function selectRuleSets(sets: readonly RuleSet[], doc: Record<string, unknown>): RuleSet[] {
  return sets.filter((set) => {
    for (const [key, value] of Object.entries(set.when)) {
      if (valueAt(doc, key) !== value) return false
    }
    if (set.year) {
      const year = valueAt(doc, set.year.path)
      if (typeof year !== 'number') return set.year.undated
      if (set.year.min !== undefined && year < set.year.min) return false
      if (set.year.max !== undefined && year > set.year.max) return false
    }
    return true
  })
}

function attachmentStatesIt(set: RuleSet, rule: GateRule, doc: Record<string, unknown>): boolean {
  if (!set.attachment || !rule.attachmentKey) return false
  if (!isPresent(valueAt(doc, set.attachment.filePath))) return false
  const rows = valueAt(doc, set.attachment.locationsPath)
  return (
    Array.isArray(rows) &&
    rows.some((row) => valueAt(row, 'component') === rule.attachmentKey && isPresent(valueAt(row, 'pages')))
  )
}

/** A valid declaration that there is nothing: the box checked and an explanation given. */
export function declaredNone(set: RuleSet, doc: Record<string, unknown>): boolean {
  if (!set.declaredNone) return false
  const group = valueAt(doc, set.declaredNone.path)
  return valueAt(group, 'isNone') === true && isPresent(valueAt(group, 'explanation'))
}

/** Judges a document against the rule sets that apply to it. */
export function evaluate(
  sets: readonly RuleSet[],
  doc: Record<string, unknown>,
  custom: CustomChecks = {},
): Completeness {
  const applicable = selectRuleSets(sets, doc)
  const result: Completeness = {
    complete: true,
    score: 100,
    judgedBy: applicable.map((s) => ({ id: s.id, label: s.label })),
    missing: [],
    warnings: [],
    info: [],
    satisfied: [],
  }
  let required = 0
  let requiredMet = 0
  for (const set of applicable) {
    const none = declaredNone(set, doc)
    for (const rule of set.rules) {
      const finding: Finding = {
        ruleId: rule.id,
        setId: set.id,
        level: rule.level,
        label: rule.label,
        message: rule.message,
        path: rule.fieldPath ?? firstPath(rule.check) ?? '',
      }
      let via: Finding['via']
      if (none) via = 'declared-none'
      else if (runCheck(rule.check, doc, custom)) via = 'fields'
      else if (attachmentStatesIt(set, rule, doc)) via = 'attachment'
      if (rule.level === 'required') required++
      if (via) {
        if (rule.level === 'required') requiredMet++
        result.satisfied.push({ ...finding, via })
        continue
      }
      // Name the rows that miss something, and point at the first of them.
      const gaps = rowGaps(rule.check, doc)
      if (gaps.length) {
        finding.rows = gaps
        finding.path = gaps[0]!.path
      }
      if (rule.level === 'required') {
        requiredMet += shareDone(rule.check, doc)
        result.missing.push(finding)
      } else if (rule.level === 'recommended') {
        result.warnings.push(finding)
      } else {
        result.info.push(finding)
      }
    }
  }
  result.complete = result.missing.length === 0
  const score = required === 0 ? 100 : Math.round((requiredMet / required) * 100)
  result.score = result.complete ? score : Math.min(score, 99)
  return result
}
