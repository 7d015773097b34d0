/**
 * The workflow's rules, apart from Payload: from what a save asks for and where the
 * document stands, the step it moves to, what the audit log records, and which
 * permission it needs. Pure, so every path (REST, GraphQL, Local API, admin) gets the
 * same answer and the rules are unit-tested on their own.
 */
import type { WorkflowKey } from './translations'
import { type AuditAction, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowState } from './types'

export interface SaveFacts {
  operation: 'create' | 'update'
  /** Saved as a draft version (`draft: true`), leaving a published document as it is. */
  draft: boolean
  /** The step the user asks for, if any (the `workflowAction` field). */
  requested?: unknown
  reason?: unknown
  /** The latest version before the save (draft or published). */
  before?: { state?: WorkflowState | null; status?: string | null; deletedAt?: unknown }
  /**
   * Whether the document's published row is public before the save. Asked only when the
   * answer matters (it may cost a read): not for a plain draft save.
   */
  wasPublished: () => Promise<boolean>
  /** What the save writes of the status and the trash. */
  data: { _status?: unknown; deletedAt?: unknown }
}

export type PermissionName = 'submit' | 'review' | 'publish' | 'skipApproval'

export interface Decision {
  state: WorkflowState
  /** The send-back reason shown to the editor (`null` clears it, `undefined` keeps it). */
  note?: null | string
  events: AuditAction[]
  changed: boolean
}

/** A refused step: a message key and the HTTP status. */
export class WorkflowRefusal extends Error {
  constructor(
    readonly key: WorkflowKey,
    readonly status: 400 | 403,
  ) {
    super(key)
  }
}

const isAction = (value: unknown): value is WorkflowAction =>
  typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value)

/**
 * Decides one save. `can` answers a permission for this user and document; refusals throw
 * {@link WorkflowRefusal} before anything is written.
 */
export async function decide(facts: SaveFacts, can: (name: PermissionName) => Promise<boolean>): Promise<Decision> {
  const { before, data } = facts
  const previous: WorkflowState = before?.state ?? (before?.status === 'published' ? 'published' : 'draft')
  const keep = (events: AuditAction[]): Decision => ({ state: previous, events, changed: false })

  const events: AuditAction[] = facts.operation === 'create' ? ['create'] : []
  // The trash. Moving there is the delete permission's business (access control), but a
  // document whose published row is public leaves the site with it: a publisher's step,
  // whatever draft lies on top. Restoring is judged below like any save: it republishes,
  // or unpublishes, according to the status it restores with.
  const trashing = facts.operation === 'update' && Boolean(data.deletedAt) && !before?.deletedAt
  const restoring = facts.operation === 'update' && Boolean(before?.deletedAt) && data.deletedAt === null
  if (trashing) {
    if (!(await can('publish')) && (await facts.wasPublished())) throw new WorkflowRefusal('error.publish', 403)
    return keep(['trash'])
  }
  if (restoring) events.push('restore')

  let state = previous
  let note: null | string | undefined

  if (facts.requested !== undefined && facts.requested !== null && facts.requested !== '') {
    if (!isAction(facts.requested)) throw new WorkflowRefusal('error.unknownAction', 400)
    switch (facts.requested) {
      case 'submit':
        if (previous !== 'draft' && previous !== 'returned') throw new WorkflowRefusal('error.fromState', 400)
        if (!(await can('submit'))) throw new WorkflowRefusal('error.submit', 403)
        state = 'submitted'
        note = null
        break
      case 'approve':
        if (previous !== 'submitted') throw new WorkflowRefusal('error.fromState', 400)
        if (!(await can('review'))) throw new WorkflowRefusal('error.review', 403)
        state = 'approved'
        break
      case 'sendBack': {
        if (previous !== 'submitted' && previous !== 'approved') throw new WorkflowRefusal('error.fromState', 400)
        if (!(await can('review'))) throw new WorkflowRefusal('error.review', 403)
        const reason = typeof facts.reason === 'string' ? facts.reason.trim() : ''
        if (!reason) throw new WorkflowRefusal('error.reason', 400)
        state = 'returned'
        note = reason
        break
      }
    }
    events.push(facts.requested)
  }

  const status = data._status ?? before?.status ?? 'draft'
  const publishing = !facts.draft && status === 'published'
  const unpublishing = !facts.draft && status !== 'published' && (await facts.wasPublished())

  if (publishing) {
    if (!(await can('publish'))) throw new WorkflowRefusal('error.publish', 403)
    // An approved document, or a published one saved again by its publisher.
    if (state !== 'approved' && state !== 'published' && !(await can('skipApproval'))) {
      throw new WorkflowRefusal('error.notApproved', 400)
    }
    // Saving a published document again is an edit of it, not a new publication.
    events.push(previous === 'published' && !restoring && (await facts.wasPublished()) ? 'update' : 'publish')
    state = 'published'
    note = null
  } else if (unpublishing) {
    if (!(await can('publish'))) throw new WorkflowRefusal('error.publish', 403)
    state = 'draft'
    events.push('unpublish')
  } else if (events.every((event) => ['create', 'restore'].includes(event))) {
    // A plain edit. An approval (or the publication) was of the text as it was: an edit by
    // someone who may not approve sends it back to the draft step.
    if (facts.operation === 'update' && !restoring) events.push('update')
    if (state === 'submitted' || state === 'approved' || state === 'published') {
      state = (await can('review')) ? (state === 'published' ? 'approved' : state) : 'draft'
    }
  }
  return { state, note, events, changed: state !== previous }
}
