import type { Field, FieldAccess, FieldHook } from 'payload'

import { type CustomChecks, evaluate } from '../engine/evaluate'
import type { RuleSet } from '../rules/schema'
import { inEveryLanguage } from '../translations'

/**
 * `completeness` on every read: score, missing required, warnings, and which rule sets
 * judged. Virtual (computed, never stored), so it cannot go stale. With `read`, only the
 * readers it lets through get it, and only for them do the rules run.
 */
export function completenessField(name: string, sets: RuleSet[], customChecks: CustomChecks, read?: FieldAccess): Field {
  return {
    name,
    type: 'json',
    virtual: true,
    label: inEveryLanguage((t) => t('completeness')),
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    access: read ? { read } : undefined,
    hooks: { afterRead: [judgeOnRead(sets, customChecks, read)] },
  }
}

/**
 * The verdict of the document as read. Payload runs a field's afterRead hooks before its
 * read access, which then drops the value: a reader `read` refuses is not judged at all.
 */
function judgeOnRead(sets: RuleSet[], customChecks: CustomChecks, read?: FieldAccess): FieldHook {
  return async ({ data, overrideAccess, req, siblingData }) => {
    if (read && !overrideAccess && !(await read({ id: data?.id, data, doc: data, req, siblingData }))) return undefined
    return evaluate(sets, (data ?? {}) as Record<string, unknown>, customChecks)
  }
}
