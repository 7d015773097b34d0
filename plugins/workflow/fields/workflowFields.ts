import type { Field, FieldAccess } from 'payload'

import { FIELD } from '../defaults'
import { both } from '../translations'
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../types'

// Internal to the office: visitors never see a document's step or a send-back reason.
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * The fields the workflow adds: the step and the send-back reason (computed on every
 * save, never taken from the client), the two inputs a client uses to ask for a step,
 * and the sidebar panel with the buttons and the history.
 */
export function workflowFields(panelComponent: string): Field[] {
  return [
    {
      name: FIELD.panel,
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: panelComponent } },
    },
    {
      name: FIELD.state,
      type: 'select',
      index: true,
      defaultValue: 'draft',
      label: both('state'),
      options: WORKFLOW_STATES.map((value) => ({ value, label: both(`state.${value}`) })),
      access: { read: staffOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: FIELD.note,
      type: 'textarea',
      label: both('note'),
      access: { read: staffOnly },
      admin: { position: 'sidebar', readOnly: true, hidden: true },
    },
    {
      name: FIELD.changedAt,
      type: 'date',
      label: both('changedAt'),
      access: { read: staffOnly },
      admin: { position: 'sidebar', readOnly: true, hidden: true },
    },
    {
      name: FIELD.action,
      type: 'select',
      virtual: true,
      options: [...WORKFLOW_ACTIONS],
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      name: FIELD.reason,
      type: 'text',
      virtual: true,
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
  ]
}
