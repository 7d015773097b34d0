import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { DRAFT_CONTEXT_KEY, EVENT_CONTEXT_KEY, FIELD, type WorkflowSettings } from '../defaults'
import { both } from '../translations'
import { decide, type PermissionName, WorkflowRefusal } from '../transitions'
import type { AuditAction, WorkflowState } from '../types'

/** What beforeChange leaves for afterChange, per document. */
export interface PendingEvents {
  events: AuditAction[]
  from: WorkflowState
  to: WorkflowState
  reason?: string
}

export const eventKey = (slug: string, id: number | string | undefined) => `${slug}:${id ?? 'new'}`

/** Whether the document's own (published) row is public, whatever its latest draft says. */
async function wasPublished(req: PayloadRequest, slug: string, doc: Record<string, unknown> | undefined) {
  if (!doc) return false
  if (doc._status === 'published') return true
  const row = (await req.payload.db.findOne({
    collection: slug as never,
    req,
    where: { id: { equals: doc.id } },
  })) as { _status?: string } | null
  return row?._status === 'published'
}

/**
 * The workflow on every save: takes the requested step (`workflowAction`), refuses what
 * this user may not do, sets the step the document moves to, and notes what happened
 * for the audit log. Clients cannot set the step directly: it is always computed here.
 */
export const applyWorkflow =
  (settings: WorkflowSettings, slug: string): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'create' && operation !== 'update') return data
    const requested = data[FIELD.action]
    const reason = data[FIELD.reason]
    delete data[FIELD.action]
    delete data[FIELD.reason]

    const before = operation === 'update' ? (originalDoc as Record<string, unknown> | undefined) : undefined
    const doc = { ...(before ?? {}), ...data }
    // The seed, jobs and migrations run as the system (no user): the step still follows.
    let published: Promise<boolean> | undefined
    const can = async (name: PermissionName) =>
      !req.user || Boolean(await settings.permissions[name]({ req, doc: before ?? doc, collection: slug }))

    let decision
    try {
      decision = await decide(
        {
          operation,
          draft: Boolean((req.context[DRAFT_CONTEXT_KEY] as Record<string, boolean> | undefined)?.[slug]),
          requested,
          reason,
          before: before && {
            state: before[FIELD.state] as WorkflowState | undefined,
            status: before._status as string | undefined,
            deletedAt: before.deletedAt,
          },
          wasPublished: () => (published ??= wasPublished(req, slug, before)),
          data: { _status: data._status, deletedAt: data.deletedAt },
        },
        can,
      )
    } catch (error) {
      if (error instanceof WorkflowRefusal) throw new APIError(settings.formatMessage(both(error.key)), error.status)
      throw error
    }

    // The step, its note and its time are the server's: a client's values never stand.
    data[FIELD.state] = decision.state
    data[FIELD.note] = decision.note !== undefined ? decision.note : (before?.[FIELD.note] ?? null)
    data[FIELD.changedAt] = decision.changed ? new Date().toISOString() : (before?.[FIELD.changedAt] ?? null)
    const pending: PendingEvents = {
      events: decision.events,
      from: (before?.[FIELD.state] as WorkflowState | undefined) ?? 'draft',
      to: decision.state,
      reason: typeof reason === 'string' && decision.events.includes('sendBack') ? reason.trim() : undefined,
    }
    const all = (req.context[EVENT_CONTEXT_KEY] ?? {}) as Record<string, PendingEvents>
    req.context[EVENT_CONTEXT_KEY] = { ...all, [eventKey(slug, before?.id as number | string | undefined)]: pending }
    return data
  }
