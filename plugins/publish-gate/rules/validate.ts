import type { Config } from 'payload'

import type { GateSettings } from '../defaults'
import type { CustomChecks } from '../engine/evaluate'
import { type GateCheck, type RuleSet, ruleSetSchema } from './schema'

const NAME = 'publishGatePlugin'

type Kind = 'collection' | 'global'

function customNames(check: GateCheck): string[] {
  if (check.type === 'custom') return [check.name]
  if (check.type === 'anyOf' || check.type === 'allOf') return check.checks.flatMap(customNames)
  return []
}

/** One entity's rule sets parsed by the schema; an unknown custom check is an error too. */
export function validated(kind: string, slug: string, sets: unknown[], customChecks: CustomChecks): RuleSet[] {
  return sets.map((set, index) => {
    const result = ruleSetSchema.safeParse(set)
    if (!result.success) {
      const issue = result.error.issues[0]!
      throw new Error(`[${NAME}] ${kind} "${slug}" rule set ${index}: ${issue.path.join('.')}: ${issue.message}`)
    }
    // An unknown custom check would silently pass (the browser treats it as met).
    for (const rule of result.data.rules) {
      for (const name of customNames(rule.check)) {
        if (!customChecks[name]) {
          throw new Error(`[${NAME}] ${kind} "${slug}" rule "${rule.id}": no custom check "${name}" in customChecks`)
        }
      }
    }
    return result.data
  })
}

/** Every gated collection and global exists in the config. */
export function assertGatedExist(settings: GateSettings, incoming: Config): void {
  const known = new Set((incoming.collections ?? []).map((c) => c.slug))
  for (const slug of Object.keys(settings.collections)) {
    if (!known.has(slug)) throw new Error(`[${NAME}] no collection "${slug}" to gate`)
  }
  const knownGlobals = new Set((incoming.globals ?? []).map((g) => g.slug))
  for (const slug of Object.keys(settings.globals)) {
    if (!knownGlobals.has(slug)) throw new Error(`[${NAME}] no global "${slug}" to gate`)
  }
}

/** Each gated collection's or global's rule sets by slug, validated once. */
export function validatedSets(
  kind: Kind,
  entities: { slug: string }[],
  settings: GateSettings,
): Record<string, RuleSet[]> {
  return Object.fromEntries(
    entities.flatMap((e) => {
      const raw = (kind === 'collection' ? settings.collections : settings.globals)[e.slug]
      return raw ? [[e.slug, validated(kind, e.slug, raw, settings.customChecks)]] : []
    }),
  ) as Record<string, RuleSet[]>
}
