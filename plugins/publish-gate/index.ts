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
import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'
import { deepMergeSimple, hasDraftsEnabled } from 'payload/shared'

import { withDefaults } from './defaults'
import { checklistField } from './fields/checklistField'
import { completenessField } from './fields/completenessField'
import { fieldLabels } from './fields/fieldLabels'
import { readinessField } from './fields/readinessField'
import { gateCollectionSave, gateGlobalSave } from './hooks/gateOnSave'
import { refreshReadiness } from './hooks/refreshReadiness'
import { noteReferrers, referrersByTarget, rejudgeReferrers } from './hooks/rejudgeReferrers'
import type { CustomChecks } from './engine/evaluate'
import { type GateCheck, type RuleSet, ruleSetSchema } from './rules/schema'
import { translations } from './translations'

export type { Completeness, CustomChecks, Finding } from './engine/evaluate'
export type { LocalizedText } from './engine/localize'
export { CHECKLIST_FIELD, REFUSAL_CODE, type RefusalEntry, refusalIn, refusedInForm } from './engine/refusal'
export type { GateCheck, GateRule, RuleSet } from './rules/schema'
export type { FormatMessage, PublishGatePluginConfig, RuleSetsBySlug } from './types'

const NAME = 'publishGatePlugin'

function customNames(check: GateCheck): string[] {
  if (check.type === 'custom') return [check.name]
  if (check.type === 'anyOf' || check.type === 'allOf') return check.checks.flatMap(customNames)
  return []
}

function validated(kind: string, slug: string, sets: unknown[], customChecks: CustomChecks): RuleSet[] {
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

export const publishGatePlugin =
  (options: import('./types').PublishGatePluginConfig = {}): Plugin =>
  (incoming: Config): Config => {
    if (options.disabled) return incoming
    const settings = withDefaults(options, incoming)

    const known = new Set((incoming.collections ?? []).map((c) => c.slug))
    for (const slug of Object.keys(settings.collections)) {
      if (!known.has(slug)) throw new Error(`[${NAME}] no collection "${slug}" to gate`)
    }
    const knownGlobals = new Set((incoming.globals ?? []).map((g) => g.slug))
    for (const slug of Object.keys(settings.globals)) {
      if (!knownGlobals.has(slug)) throw new Error(`[${NAME}] no global "${slug}" to gate`)
    }

    const gateFields = (sets: RuleSet[], labels: ReturnType<typeof fieldLabels>) => [
      checklistField(sets, labels),
      readinessField(settings.readinessField, settings.readinessFieldCustom),
      completenessField(settings.completenessField, sets, settings.customChecks),
    ]

    // Each gated collection's and global's rule sets, validated once.
    const validatedSets = (kind: 'collection' | 'global', entities: { slug: string }[]) =>
      Object.fromEntries(
        entities.flatMap((e) => {
          const raw = (kind === 'collection' ? settings.collections : settings.globals)[e.slug]
          return raw ? [[e.slug, validated(kind, e.slug, raw, settings.customChecks)]] : []
        }),
      ) as Record<string, RuleSet[]>
    const gatedSets = validatedSets('collection', incoming.collections ?? [])
    const gatedGlobalSets = validatedSets('global', incoming.globals ?? [])

    /** Validated rule sets and the save options for one collection or global, if gated. */
    const gateFor = (kind: 'collection' | 'global', entity: CollectionConfig | GlobalConfig) => {
      const sets = (kind === 'collection' ? gatedSets : gatedGlobalSets)[entity.slug]
      if (!sets) return undefined
      const labels = fieldLabels(entity.fields)
      const save = {
        labels,
        slug: entity.slug,
        sets,
        customChecks: settings.customChecks,
        readinessField: settings.readinessField,
        formatMessage: settings.formatMessage,
        hasDrafts: hasDraftsEnabled(entity),
      }
      return { fields: [...gateFields(sets, labels), ...entity.fields], save }
    }

    // Gated documents that reference a document of another collection are judged again
    // when that document is deleted (a file, an executive).
    const referrers = referrersByTarget(incoming.collections ?? [], gatedSets)
    const withReferrers = (collection: CollectionConfig): CollectionConfig => {
      const list = referrers.get(collection.slug)
      if (!list) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeDelete: [...(collection.hooks?.beforeDelete ?? []), noteReferrers(list)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), rejudgeReferrers(settings)],
        },
      }
    }

    const collections = (incoming.collections ?? []).map((original) => {
      const collection = withReferrers(original)
      const gate = gateFor('collection', collection)
      if (!gate) return collection
      const defaultColumns = collection.admin?.defaultColumns
      const has = new Set([
        ...collection.fields.flatMap((f) => ('name' in f ? [f.name] : [])),
        ...(hasDraftsEnabled(collection) ? ['_status'] : []),
      ])
      const indexWith = settings.readinessIndexWith
      const indexed = indexWith.length > 0 && indexWith.every((name) => has.has(name))
      return {
        ...collection,
        indexes: indexed
          ? [...(collection.indexes ?? []), { fields: [...indexWith, settings.readinessField] }]
          : collection.indexes,
        admin: {
          ...collection.admin,
          defaultColumns: defaultColumns ? [...defaultColumns, settings.readinessField] : undefined,
        },
        fields: gate.fields,
        hooks: {
          ...collection.hooks,
          // Appended: the gate judges the data as the collection's own hooks left it.
          beforeChange: [...(collection.hooks?.beforeChange ?? []), gateCollectionSave(gate.save)],
        },
      } satisfies CollectionConfig
    })

    const globals = (incoming.globals ?? []).map((global) => {
      const gate = gateFor('global', global)
      if (!gate) return global
      return {
        ...global,
        fields: gate.fields,
        hooks: { ...global.hooks, beforeChange: [...(global.hooks?.beforeChange ?? []), gateGlobalSave(gate.save)] },
      } satisfies GlobalConfig
    })

    const gated = Object.keys(settings.collections)
    return {
      ...incoming,
      collections,
      globals,
      // Stored verdicts follow rule changes: judged again at start-up when the rules differ.
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        if (settings.refreshOnInit) await refreshReadiness(payload, settings)
      },
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          beforeDashboard: [
            ...(incoming.admin?.components?.beforeDashboard ?? []),
            ...(settings.dashboardPanel && gated.length
              ? [
                  {
                    path: '@prongsai/publish-gate/rsc#MyIncompleteItems',
                    serverProps: { collections: gated, readinessField: settings.readinessField },
                  },
                ]
              : []),
          ],
        },
      },
      i18n: { ...incoming.i18n, translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}) },
    }
  }
