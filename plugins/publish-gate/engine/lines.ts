/**
 * What the checklist shows, from a verdict: one line per component however many rule sets
 * ask for it (ITA 2566 and ITA 2569 both ask for a photo), each saying who asks and at what
 * level; and who judged the document, each once, with a word where the document's year has
 * no standard of its own yet. Pure, like the engine: the same in the browser and in tests.
 */
import type { GateLevel, RuleSet } from '../rules/schema'
import { valueAt } from './values'
import type { Completeness, Finding } from './evaluate'
import { type LocalizedText, textKey } from './localize'

type Label = LocalizedText

export type LineState = 'missing' | 'warning' | 'info' | 'met'

export interface ChecklistLine {
  /** Stable key: the component's words. */
  key: string
  label: Label
  /** The field to jump to (of the first finding that is not met). */
  path: string
  /** The worst of its findings: missing (a required one) > warning > info > met. */
  state: LineState
  /** How it was met, when met. */
  via?: Finding['via']
  /** Under a list rule: the incomplete rows (of the first finding that is not met). */
  rows?: Finding['rows']
  /** The rules behind the line (for tests and data attributes, never shown). */
  ruleIds: string[]
  /** Who asks for it, at what level, and whether that rule is met. */
  askedBy: { source: Label; level: GateLevel; met: boolean }[]
}

const RANK: Record<LineState, number> = { missing: 0, warning: 1, info: 2, met: 3 }

/** The short name of a set: its `source`, else its label. */
export const sourceOf = (set: Pick<RuleSet, 'label' | 'source'>): Label => set.source ?? set.label

export function checklistLines(sets: readonly RuleSet[], result: Completeness): ChecklistLine[] {
  const byId = new Map(sets.map((s) => [s.id, s]))
  const tagged: [Finding, LineState][] = [
    ...result.missing.map((f): [Finding, LineState] => [f, 'missing']),
    ...result.warnings.map((f): [Finding, LineState] => [f, 'warning']),
    ...result.info.map((f): [Finding, LineState] => [f, 'info']),
    ...result.satisfied.map((f): [Finding, LineState] => [f, 'met']),
  ]
  const lines = new Map<string, ChecklistLine>()
  for (const [finding, state] of tagged) {
    const key = textKey(finding.label)
    const set = byId.get(finding.setId)
    const asked = { source: set ? sourceOf(set) : { '': finding.setId }, level: finding.level, met: state === 'met' }
    const line = lines.get(key)
    if (!line) {
      lines.set(key, {
        key,
        label: finding.label,
        path: finding.path,
        state,
        via: finding.via,
        rows: state === 'met' ? undefined : finding.rows,
        ruleIds: [finding.ruleId],
        askedBy: [asked],
      })
      continue
    }
    if (!line.ruleIds.includes(finding.ruleId)) line.ruleIds.push(finding.ruleId)
    line.askedBy.push(asked)
    if (RANK[state] < RANK[line.state]) {
      line.state = state
      line.path = finding.path
      line.via = undefined
      line.rows = finding.rows
    }
  }
  // Missing first, then warnings, then what is met; within each, in the rules' order.
  return [...lines.values()].sort((a, b) => RANK[a.state] - RANK[b.state])
}

export interface JudgedBy {
  /** Each source that judged the document, once, in the sets' order. */
  sources: Label[]
  /**
   * Set when the document's year asks for a standard no set is of ("ITA 2570"): which,
   * whether it is still to come (later than every known one), and the newest that judged.
   */
  noStandard?: { name: string; year: number; upcoming: boolean; guide?: Label }
}

export function judgedBy(sets: readonly RuleSet[], result: Completeness, doc: Record<string, unknown>): JudgedBy {
  const byId = new Map(sets.map((s) => [s.id, s]))
  const applicable = result.judgedBy.map((j) => byId.get(j.id)).filter((s): s is RuleSet => Boolean(s))
  const sources: Label[] = []
  for (const set of applicable) {
    const source = sourceOf(set)
    if (!sources.some((s) => textKey(s) === textKey(source))) sources.push(source)
  }
  const standards = applicable.filter((s) => s.standard && s.year)
  if (standards.length === 0) return { sources }
  const year = valueAt(doc, standards[0]!.year!.path)
  if (typeof year !== 'number') return { sources }
  const { name, offset } = standards[0]!.standard!
  const wanted = year - offset
  const known = sets.filter((s) => s.standard?.name === name).map((s) => s.standard!.year)
  if (known.includes(wanted)) return { sources }
  const newest = [...standards].sort((a, b) => b.standard!.year - a.standard!.year)[0]!
  return {
    sources,
    noStandard: { name, year: wanted, upcoming: known.every((y) => y < wanted), guide: sourceOf(newest) },
  }
}
