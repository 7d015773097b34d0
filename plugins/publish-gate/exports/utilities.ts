/**
 * Door: the plugin's functions and constants that the app, other plugins, tests and bench use.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { withDefaults } from '../defaults'
export { describeGap } from '../engine/describeGap'
export { declaredNone, evaluate, runCheck, selectRuleSets } from '../engine/evaluate'
export { checklistLines, judgedBy } from '../engine/lines'
export { localize } from '../engine/localize'
export { pathLabel } from '../engine/pathLabel'
export { CHECKLIST_FIELD, REFUSAL_CODE, refusalEntry, refusalIn, refusedInForm } from '../engine/refusal'
export { isPresent, mergeForJudgement, valueAt } from '../engine/values'
export { fieldLabels } from '../fields/fieldLabels'
export { readinessField } from '../fields/readinessField'
export { refreshReadiness } from '../hooks/refreshReadiness'
export { gateCheckSchema } from '../rules/schema'
