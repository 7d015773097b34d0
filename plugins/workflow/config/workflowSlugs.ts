import type { CollectionConfig, Config } from 'payload'
import { hasDraftsEnabled } from 'payload/shared'

import type { WorkflowSettings } from '../defaults'
import type { WorkflowPluginConfig } from '../types'

const NAME = 'workflowPlugin'

/** The slugs of the collections that run through the workflow (by default every one with drafts). */
export function workflowSlugs(options: WorkflowPluginConfig, incoming: Config): string[] {
  const collections = incoming.collections ?? []
  return typeof options.collections === 'function'
    ? options.collections(incoming)
    : (options.collections ?? collections.filter(hasDraftsEnabled).map((c) => c.slug))
}

/** Early errors, with the plugin's name: a missing collection, no drafts, a bad dependency, a taken audit slug. */
export function assertWorkflowConfig(
  collections: CollectionConfig[],
  slugs: string[],
  settings: WorkflowSettings,
): void {
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
      throw new Error(`[${NAME}] "${dependency.collection}" runs through the workflow itself: it cannot be a dependency`)
    }
  }
  if (collections.some((c) => c.slug === settings.audit.slug)) {
    throw new Error(`[${NAME}] a collection "${settings.audit.slug}" exists already: set audit.slug`)
  }
}
