import type { Access, PayloadRequest } from 'payload'

import { requestOrigin } from './origin'
import type { WorkflowPluginConfig } from './types'

export type WorkflowSettings = Required<Omit<WorkflowPluginConfig, 'collections' | 'disabled' | 'audit'>> & {
  /** The auth collection of the admin's users (`admin.user`), whom entries name. */
  usersSlug: string
  audit: {
    slug: string
    read: Access
    scopeField?: { name: string; relationTo: string }
    carryFields: string[]
    readsEveryActor?: (req: PayloadRequest) => boolean | Promise<boolean>
    group?: Record<string, string> | string
  }
}

const signedIn: Access = ({ req }) => Boolean(req.user)

/** Every default of the plugin, in one place. */
export function resolveSettings(options: WorkflowPluginConfig, usersSlug: string): WorkflowSettings {
  return {
    usersSlug,
    permissions: options.permissions,
    recipients: options.recipients ?? (() => []),
    tasks: options.tasks ?? (() => ['draft', 'returned', 'submitted', 'approved']),
    afterCommit: options.afterCommit ?? ((_req: PayloadRequest, work) => work()),
    formatMessage: options.formatMessage ?? (({ th, en }) => `${th} / ${en}`),
    siteOrigin: options.siteOrigin ?? ((req: PayloadRequest) => req.payload.config.serverURL || requestOrigin(req)),
    dependencies: options.dependencies ?? [],
    publishButton: options.publishButton ?? false,
    audit: {
      slug: options.audit?.slug ?? 'audit-log',
      read: options.audit?.read ?? signedIn,
      scopeField: options.audit?.scopeField,
      carryFields: options.audit?.carryFields ?? [],
      readsEveryActor: options.audit?.readsEveryActor,
      group: options.audit?.group,
    },
  }
}

/** Field names the plugin adds to each workflow collection. */
export const FIELD = {
  state: 'workflowState',
  note: 'workflowNote',
  changedAt: 'workflowChangedAt',
  action: 'workflowAction',
  reason: 'workflowReason',
  panel: 'workflowPanel',
} as const

/** Where a collection's `beforeOperation` leaves the `draft` argument for its `beforeChange`. */
export const DRAFT_CONTEXT_KEY = 'workflowDraftArg'
/** Where a dependency's `beforeDelete` leaves the workflow documents that use it, for `afterDelete`. */
export const DEPENDENTS_CONTEXT_KEY = 'workflowDependents'
/** Where `beforeChange` leaves what happened for `afterChange` (audit and e-mail). */
export const EVENT_CONTEXT_KEY = 'workflowEvents'
