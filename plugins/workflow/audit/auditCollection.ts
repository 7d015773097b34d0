import type { CollectionConfig, Field } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { both } from '../translations'
import { AUDIT_ACTIONS, WORKFLOW_STATES } from '../types'
import { actorAccess } from './actorAccess'

/**
 * Who did what to which document, and when. Written only by the plugin's hooks, in the
 * same transaction as the change; nobody may create, edit or delete an entry through any
 * API. Entries name the document by collection and id, so they outlive it. Who acted is
 * shown only to readers who may read that account.
 */
export function auditCollection(settings: WorkflowSettings): CollectionConfig {
  const scope: Field[] = settings.audit.scopeField
    ? [
        {
          name: settings.audit.scopeField.name,
          type: 'relationship',
          relationTo: settings.audit.scopeField.relationTo as never,
          index: true,
          admin: { readOnly: true },
        },
      ]
    : []
  return {
    slug: settings.audit.slug,
    labels: { singular: both('auditEntry'), plural: both('auditLog') },
    admin: {
      group: settings.audit.group,
      useAsTitle: 'title',
      defaultColumns: ['createdAt', 'action', 'title', 'collection', 'userName', 'reason'],
      // Read-only: the admin shows entries, never a form to change them.
      disableCopyToLocale: true,
    },
    access: {
      read: settings.audit.read,
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    defaultSort: '-createdAt',
    timestamps: true,
    indexes: [{ fields: ['collection', 'documentId', 'createdAt'] }],
    fields: [
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        label: both('audit.action'),
        options: AUDIT_ACTIONS.map((value) => ({ value, label: both(`action.${value}`) })),
      },
      {
        name: 'collection',
        type: 'text',
        required: true,
        label: both('audit.collection'),
        admin: { components: { Cell: '@prongsai/workflow/client#CollectionCell' } },
      },
      { name: 'documentId', type: 'text', required: true, label: both('audit.documentId') },
      { name: 'title', type: 'text', label: both('audit.title') },
      ...scope,
      // Who acted: shown only to readers the users API would show that person to (actorAccess.ts).
      {
        name: 'user',
        type: 'relationship',
        relationTo: settings.usersSlug as never,
        label: both('audit.user'),
        access: { read: actorAccess(settings) },
      },
      // Kept as text too: the entry still says who once the account is deleted.
      { name: 'userName', type: 'text', label: both('audit.userName'), access: { read: actorAccess(settings) } },
      { name: 'reason', type: 'textarea', label: both('audit.reason') },
      {
        type: 'row',
        fields: [
          {
            name: 'fromState',
            type: 'select',
            label: both('audit.from'),
            options: WORKFLOW_STATES.map((value) => ({ value, label: both(`state.${value}`) })),
          },
          {
            name: 'toState',
            type: 'select',
            label: both('audit.to'),
            options: WORKFLOW_STATES.map((value) => ({ value, label: both(`state.${value}`) })),
          },
        ],
      },
    ],
  }
}
