import type { CollectionBeforeDeleteHook } from 'payload'

import { DEPENDENTS_CONTEXT_KEY } from '../defaults'
import type { DependentDocument, WorkflowDependency } from '../types'

export const dependentsKey = (slug: string, id: number | string) => `${DEPENDENTS_CONTEXT_KEY}:${slug}:${id}`

/** Before a dependency is deleted (while documents still reference it): the workflow documents that use it. */
export const noteDependents =
  (dependency: WorkflowDependency): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const dependents: DependentDocument[] = await dependency.usedBy({ req, id })
    if (dependents.length) (req.context ??= {})[dependentsKey(collection.slug, id)] = dependents
  }
