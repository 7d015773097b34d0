/**
 * `workflowPlugin`: prepare → review → publish on top of Payload's drafts. Adds the step
 * of each document (draft → submitted → approved → published, with send-back), enforces
 * who may take each step on every save path, keeps an audit log nobody can edit, e-mails
 * the next actor, and shows "my tasks" in the admin. Who may do what comes in as options.
 * `dependencies` name what documents show but is saved apart (files): changing one sends
 * the documents in review that use it back a step, as an edit of them would.
 */
import type { Config, PayloadComponent, Plugin } from 'payload'

import { deepMergeSimple, hasDraftsEnabled } from 'payload/shared'

import { auditCollection } from './audit/auditCollection'
import { resolveSettings } from './defaults'
import { workflowFields } from './fields/workflowFields'
import { applyWorkflow } from './hooks/applyWorkflow'
import { dependencyChanged } from './hooks/dependencyChanged'
import { dependencyDeleted } from './hooks/dependencyDeleted'
import { noteDependents } from './hooks/noteDependents'
import { publishedMessage } from './hooks/publishedMessage'
import { recordChange } from './hooks/recordChange'
import { recordDelete } from './hooks/recordDelete'
import { rememberDraftArg } from './hooks/rememberDraftArg'
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

function importMapEntry(component: Exclude<PayloadComponent, false>) {
  if (typeof component === 'string') return { type: 'component' as const, path: component }
  const { exportName, path } = component
  return { type: 'component' as const, path: exportName ? `${path}#${exportName}` : path }
}
/** Components by package path (exports/rsc.ts, exports/client.ts): they survive moving the plugin. */
const RSC = '@prongsai/workflow/rsc'
const CLIENT = '@prongsai/workflow/client'

export const workflowPlugin =
  (options: WorkflowPluginConfig): Plugin =>
  (incoming: Config): Config => {
    if (options.disabled) return incoming
    if (!options.permissions) throw new Error(`[${NAME}] the \`permissions\` option is required`)
    const settings = resolveSettings(options, incoming.admin?.user ?? 'users')
    const collections = incoming.collections ?? []
    const slugs =
      typeof options.collections === 'function'
        ? options.collections(incoming)
        : (options.collections ?? collections.filter(hasDraftsEnabled).map((c) => c.slug))
    for (const slug of slugs) {
      const collection = collections.find((c) => c.slug === slug)
      if (!collection) throw new Error(`[${NAME}] no collection "${slug}"`)
      if (!hasDraftsEnabled(collection)) throw new Error(`[${NAME}] collection "${slug}" needs versions.drafts`)
    }
    for (const dependency of settings.dependencies) {
      if (!collections.some((c) => c.slug === dependency.collection)) {
        throw new Error(`[${NAME}] no dependency collection "${dependency.collection}"`)
      }
      if (slugs.includes(dependency.collection)) {
        throw new Error(
          `[${NAME}] "${dependency.collection}" runs through the workflow itself: it cannot be a dependency`,
        )
      }
    }
    if (collections.some((c) => c.slug === settings.audit.slug)) {
      throw new Error(`[${NAME}] a collection "${settings.audit.slug}" exists already: set audit.slug`)
    }

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
          if (dependency) {
            const documents = custom.collections
            return {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [
                  ...(collection.hooks?.afterChange ?? []),
                  dependencyChanged(settings, documents, dependency),
                ],
                beforeDelete: [...(collection.hooks?.beforeDelete ?? []), noteDependents(dependency)],
                afterDelete: [
                  ...(collection.hooks?.afterDelete ?? []),
                  dependencyDeleted(settings, documents, dependency),
                ],
              },
            }
          }
          if (!slugs.includes(collection.slug)) return collection
          const titleField = collection.admin?.useAsTitle
          return {
            ...collection,
            admin: {
              ...collection.admin,
              components: {
                ...collection.admin?.components,
                edit: {
                  PublishButton: {
                    path: `${RSC}#PublishIfAllowed`,
                    serverProps: { collection: collection.slug },
                  },
                  ...collection.admin?.components?.edit,
                  // The header names the workflow step, not Payload's "draft".
                  beforeDocumentControls: [
                    `${CLIENT}#WorkflowStep`,
                    ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
                  ],
                },
              },
            },
            fields: [...collection.fields, ...workflowFields(`${RSC}#WorkflowPanel`)],
            hooks: {
              ...collection.hooks,
              beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rememberDraftArg(collection.slug)],
              beforeChange: [...(collection.hooks?.beforeChange ?? []), applyWorkflow(settings, collection.slug)],
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                recordChange(settings, collection.slug, titleField),
                publishedMessage,
              ],
              afterDelete: [
                ...(collection.hooks?.afterDelete ?? []),
                recordDelete(settings, collection.slug, titleField),
              ],
            },
          }
        }),
        auditCollection(settings),
      ],
      admin: {
        ...incoming.admin,
        // PublishIfAllowed renders the configured publish button by its path: the import map must have it.
        dependencies: {
          ...incoming.admin?.dependencies,
          ...(settings.publishButton ? { workflowPublishButton: importMapEntry(settings.publishButton) } : {}),
        },
        components: {
          ...incoming.admin?.components,
          views: {
            ...incoming.admin?.components?.views,
            myTasks: { Component: `${RSC}#MyTasksView`, path: '/my-tasks' },
          },
          beforeDashboard: [`${RSC}#MyTasksPanel`, ...(incoming.admin?.components?.beforeDashboard ?? [])],
          beforeNavLinks: [...(incoming.admin?.components?.beforeNavLinks ?? []), `${RSC}#MyTasksNavLink`],
        },
      },
      i18n: { ...incoming.i18n, translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}) },
    }
  }
