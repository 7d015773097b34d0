import type { CollectionAfterChangeHook } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { dependencyReason, reopenDependents, type WorkflowCollection } from '../dependents'
import type { WorkflowDependency } from '../types'

/** After a dependency is updated, in the same transaction: the documents that use it step back and say why. */
export const dependencyChanged =
  (
    settings: WorkflowSettings,
    collections: readonly WorkflowCollection[],
    dependency: WorkflowDependency,
  ): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    // A new document is used by nothing yet.
    if (operation !== 'update') return doc
    const dependents = await dependency.usedBy({ req, id: (doc as { id: number | string }).id })
    if (!dependents.length) return doc
    const reason = dependencyReason(settings, dependency, { req, operation, doc, previousDoc })
    await reopenDependents(settings, req, collections, dependents, reason)
    return doc
  }
