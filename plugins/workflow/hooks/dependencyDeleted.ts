import type { CollectionAfterDeleteHook } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { dependencyReason, reopenDependents, type WorkflowCollection } from '../dependents'
import type { DependentDocument, WorkflowDependency } from '../types'
import { dependentsKey } from './noteDependents'

/** After a dependency is deleted, in the same transaction: the documents that used it step back and say why. */
export const dependencyDeleted =
  (
    settings: WorkflowSettings,
    collections: readonly WorkflowCollection[],
    dependency: WorkflowDependency,
  ): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    const key = dependentsKey(collection.slug, id)
    const dependents = req.context?.[key] as DependentDocument[] | undefined
    if (!dependents) return doc
    delete req.context[key]
    const reason = dependencyReason(settings, dependency, { req, operation: 'delete', doc })
    await reopenDependents(settings, req, collections, dependents, reason)
    return doc
  }
