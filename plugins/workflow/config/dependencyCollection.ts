import type { CollectionConfig } from 'payload'

import type { WorkflowSettings } from '../defaults'
import type { WorkflowCollection } from '../dependents'
import { dependencyChanged } from '../hooks/dependencyChanged'
import { dependencyDeleted } from '../hooks/dependencyDeleted'
import { noteDependents } from '../hooks/noteDependents'
import type { WorkflowDependency } from '../types'

/** A dependency collection (files): changing or deleting one sends the documents that use it back a step. */
export function dependencyCollection(
  collection: CollectionConfig,
  settings: WorkflowSettings,
  documents: readonly WorkflowCollection[],
  dependency: WorkflowDependency,
): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), dependencyChanged(settings, documents, dependency)],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), noteDependents(dependency)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), dependencyDeleted(settings, documents, dependency)],
    },
  }
}
