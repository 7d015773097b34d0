import type { CollectionConfig } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { workflowFields } from '../fields/workflowFields'
import { applyWorkflow } from '../hooks/applyWorkflow'
import { notePublication } from '../hooks/notePublication'
import { recordChange } from '../hooks/recordChange'
import { recordDelete } from '../hooks/recordDelete'
import { rememberDraftArg } from '../hooks/rememberDraftArg'
import { wordPublication } from '../hooks/wordPublication'
import { CLIENT, RSC } from './componentPaths'

/** The edit view's components: the publish button if allowed, and the step in the header. */
function editComponents(collection: CollectionConfig): NonNullable<CollectionConfig['admin']> {
  return {
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
  }
}

/** One workflow collection: its step fields and panel, its admin components and its hooks. */
export function workflowCollection(collection: CollectionConfig, settings: WorkflowSettings): CollectionConfig {
  const titleField = collection.admin?.useAsTitle
  return {
    ...collection,
    admin: editComponents(collection),
    fields: [...collection.fields, ...workflowFields(`${RSC}#WorkflowPanel`)],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), rememberDraftArg(collection.slug)],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), applyWorkflow(settings, collection.slug)],
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        recordChange(settings, collection.slug, titleField),
        notePublication,
      ],
      // Last, so that no later hook's local-API call resets the answer's wording.
      afterOperation: [...(collection.hooks?.afterOperation ?? []), wordPublication],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), recordDelete(settings, collection.slug, titleField)],
    },
  }
}
