import type { CollectionAfterChangeHook } from 'payload'

import { writeEntry } from '../audit/writeEntry'
import { EVENT_CONTEXT_KEY, type WorkflowSettings } from '../defaults'
import { NOTIFIED, notify } from '../notify'
import { eventKey, type PendingEvents } from './applyWorkflow'

/** After a save: the audit entries of what happened, and the e-mail to the next actor. */
export const recordChange =
  (settings: WorkflowSettings, slug: string, titleField?: string): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const all = (req.context[EVENT_CONTEXT_KEY] ?? {}) as Record<string, PendingEvents>
    const key = eventKey(slug, operation === 'create' ? undefined : (previousDoc?.id ?? doc.id))
    const pending = all[key]
    if (!pending) return doc
    delete all[key]
    const title = String((titleField && doc[titleField]) || doc.id)
    for (const action of pending.events) {
      // Edits and trash moves leave the step where it was: only steps record from/to.
      const keepsStep = action === 'update' || action === 'create' || action === 'trash' || action === 'restore'
      await writeEntry(settings, req, {
        action,
        collection: slug,
        doc,
        titleField,
        from: keepsStep ? undefined : pending.from,
        to: keepsStep ? undefined : pending.to,
        reason: action === 'sendBack' ? pending.reason : undefined,
      })
      if (NOTIFIED.includes(action)) {
        await notify(settings, req, { action, collection: slug, doc, title, reason: pending.reason })
      }
    }
    return doc
  }
