import type { PayloadRequest } from 'payload'

import type { WorkflowSettings } from '../defaults'
import { both } from '../translations'
import type { AuditAction, WorkflowState } from '../types'
import { carriedFields, idOf } from './carried'

export interface EntryInput {
  action: AuditAction
  collection: string
  doc: Record<string, unknown>
  titleField?: string
  from?: WorkflowState
  to?: WorkflowState
  reason?: string
}

/** One audit entry, in the request's transaction: it commits or rolls back with the change. */
export async function writeEntry(settings: WorkflowSettings, req: PayloadRequest, input: EntryInput): Promise<void> {
  const user = req.user as ({ id: number | string; email?: string; name?: string } & Record<string, unknown>) | null
  const scope = settings.audit.scopeField?.name
  const title = input.titleField ? input.doc[input.titleField] : undefined
  const carried = carriedFields(settings, input.doc)
  await req.payload.create({
    collection: settings.audit.slug as never,
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      action: input.action,
      collection: input.collection,
      documentId: String(input.doc.id),
      title: typeof title === 'string' ? title.slice(0, 300) : String(input.doc.id),
      ...(scope ? { [scope]: idOf(input.doc[scope]) ?? null } : {}),
      ...Object.fromEntries(carried),
      user: user && user.collection === settings.usersSlug ? user.id : null,
      userName: user
        ? [user.name, user.email].filter(Boolean).join(' · ')
        : settings.formatMessage(both('audit.system')),
      reason: input.reason,
      fromState: input.from,
      toState: input.to,
    } as never,
  })
}
