import type { Field } from 'payload'

import { type CustomChecks, evaluate } from '../engine/evaluate'
import type { RuleSet } from '../rules/schema'
import { inEveryLanguage } from '../translations'

/**
 * `completeness` on every read: score, missing required, warnings, and which rule sets
 * judged. Virtual (computed, never stored), so it cannot go stale.
 */
export function completenessField(name: string, sets: RuleSet[], customChecks: CustomChecks): Field {
  return {
    name,
    type: 'json',
    virtual: true,
    label: inEveryLanguage((t) => t('completeness')),
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    hooks: {
      afterRead: [({ data }) => evaluate(sets, (data ?? {}) as Record<string, unknown>, customChecks)],
    },
  }
}
