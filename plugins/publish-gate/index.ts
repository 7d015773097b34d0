/**
 * publishGatePlugin: nothing incomplete is published, while drafts always save and the
 * editor always sees what is missing. Generic: it knows rules, not OIT. Each gated
 * collection or global gets
 * - a beforeChange hook that refuses a publish missing a required rule (every save path),
 * - `completeness` (computed on read) and `readiness` (stored, for list column and filter),
 * - a live sidebar checklist with a refusal banner,
 * and the dashboard gets a "my incomplete items" panel. When the rules change, stored
 * verdicts are judged again at start-up.
 */
import type { Config, Plugin } from 'payload'
import { deepMergeSimple } from 'payload/shared'

import { withDashboardPanel } from './config/adminComponents'
import { gateCollection, withReferrers } from './config/gateCollection'
import { gateGlobal } from './config/gateGlobal'
import { withDefaults } from './defaults'
import { refreshReadiness } from './hooks/refreshReadiness'
import { referrersByTarget } from './hooks/rejudgeReferrers'
import { assertGatedExist, validatedSets } from './rules/validate'
import { translations } from './translations'

export type { Completeness, CustomChecks, Finding } from './engine/evaluate'
export type { LocalizedText } from './engine/localize'
export { CHECKLIST_FIELD, REFUSAL_CODE, type RefusalEntry, refusalIn, refusedInForm } from './engine/refusal'
export type { GateCheck, GateRule, RuleSet } from './rules/schema'
export type { FormatMessage, PublishGatePluginConfig, RuleSetsBySlug } from './types'

/** Composes the gate: each part (fields, hooks, admin components) is made in its own file. */
export const publishGatePlugin =
  (options: import('./types').PublishGatePluginConfig = {}): Plugin =>
  (incoming: Config): Config => {
    if (options.disabled) return incoming
    const settings = withDefaults(options, incoming)
    assertGatedExist(settings, incoming)
    const gatedSets = validatedSets('collection', incoming.collections ?? [], settings)
    const gatedGlobalSets = validatedSets('global', incoming.globals ?? [], settings)
    const referrers = referrersByTarget(incoming.collections ?? [], gatedSets)

    return {
      ...incoming,
      collections: (incoming.collections ?? []).map((original) => {
        const collection = withReferrers(original, referrers, settings)
        return gateCollection(collection, gatedSets[collection.slug], settings)
      }),
      globals: (incoming.globals ?? []).map((global) => gateGlobal(global, gatedGlobalSets[global.slug], settings)),
      // Stored verdicts follow rule changes: judged again at start-up when the rules differ.
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (settings.refreshOnInit) await refreshReadiness(payload, settings)
      },
      admin: withDashboardPanel(incoming, settings),
      i18n: { ...incoming.i18n, translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}) },
    }
  }
