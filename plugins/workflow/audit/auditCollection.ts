import type { CollectionConfig, Field } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { translations } from '../translations'
import { AUDIT_ACTIONS, WORKFLOW_STATES } from '../types'

const label = (key: keyof (typeof translations)['th']['workflow']) => ({
  th: translations.th.workflow[key],
  en: translations.en.workflow[key],
})

/**
 * Who did what to which document, and when. Written only by the plugin's hooks, in the
 * same transaction as the change; nobody may create, edit or delete an entry through any
 * API. Entries name the document by collection and id, so they outlive it.
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
    labels: { singular: label('auditEntry'), plural: label('auditLog') },
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
        label: label('audit.action'),
        options: AUDIT_ACTIONS.map((value) => ({ value, label: label(`action.${value}`) })),
      },
      {
        name: 'collection',
        type: 'text',
        required: true,
        label: label('audit.collection'),
        admin: { components: { Cell: '/plugins/workflow/components/CollectionCell#CollectionCell' } },
      },
      { name: 'documentId', type: 'text', required: true, label: label('audit.documentId') },
      { name: 'title', type: 'text', label: label('audit.title') },
      ...scope,
      { name: 'user', type: 'relationship', relationTo: settings.usersSlug as never, label: label('audit.user') },
      // Kept as text too: the entry still says who once the account is deleted.
      { name: 'userName', type: 'text', label: label('audit.userName') },
      { name: 'reason', type: 'textarea', label: label('audit.reason') },
      {
        type: 'row',
        fields: [
          {
            name: 'fromState',
            type: 'select',
            label: label('audit.from'),
            options: WORKFLOW_STATES.map((value) => ({ value, label: label(`state.${value}`) })),
          },
          {
            name: 'toState',
            type: 'select',
            label: label('audit.to'),
            options: WORKFLOW_STATES.map((value) => ({ value, label: label(`state.${value}`) })),
          },
        ],
      },
    ],
  }
}
