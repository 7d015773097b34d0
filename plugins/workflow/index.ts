/**
 * `workflowPlugin`: prepare → review → publish on top of Payload's drafts. Adds the step
 * of each document (draft → submitted → approved → published, with send-back), enforces
 * who may take each step on every save path, keeps an audit log nobody can edit, e-mails
 * the next actor, and shows "my tasks" in the admin. Who may do what comes in as options.
 * `dependencies` name what documents show but is saved apart (files): changing one sends
 * the documents in review that use it back a step, as an edit of them would.
 */
import type { Config, Plugin } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { auditCollection } from './audit/auditCollection'
import { workflowAdmin } from './config/adminConfig'
import { dependencyCollection } from './config/dependencyCollection'
import { workflowCollection } from './config/workflowCollection'
import { assertWorkflowConfig, workflowSlugs } from './config/workflowSlugs'
import { resolveSettings } from './defaults'
import { translations } from './translations'
import type { WorkflowPluginConfig } from './types'

export type {
  DependencyChange,
  DependentDocument,
  NotifyArgs,
  Recipient,
  WorkflowDependency,
  WorkflowPermissions,
  WorkflowPluginConfig,
} from './types'

const NAME = 'workflowPlugin'

/** Composes the workflow: each part (fields, hooks, audit log, admin components) is made in its own file. */
export const workflowPlugin =
  (options: WorkflowPluginConfig): Plugin =>
  (incoming: Config): Config => {
    if (options.disabled) return incoming
    if (!options.permissions) throw new Error(`[${NAME}] the \`permissions\` option is required`)
    const settings = resolveSettings(options, incoming.admin?.user ?? 'users')
    const collections = incoming.collections ?? []
    const slugs = workflowSlugs(options, incoming)
    assertWorkflowConfig(collections, slugs, settings)

    const included = collections.filter((c) => slugs.includes(c.slug))
    const custom = {
      ...settings,
      collections: included.map((c) => ({
        slug: c.slug,
        titleField: c.admin?.useAsTitle,
        label: (c.labels?.plural ?? c.slug) as Record<string, string> | string,
      })),
    }

    return {
      ...incoming,
      custom: { ...incoming.custom, workflow: custom },
      collections: [
        ...collections.map((collection) => {
          const dependency = settings.dependencies.find((d) => d.collection === collection.slug)
          if (dependency) return dependencyCollection(collection, settings, custom.collections, dependency)
          return slugs.includes(collection.slug) ? workflowCollection(collection, settings) : collection
        }),
        auditCollection(settings),
      ],
      admin: workflowAdmin(incoming, settings),
      i18n: { ...incoming.i18n, translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}) },
    }
  }
