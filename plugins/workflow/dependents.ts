/**
 * A change to something workflow documents show but that is saved on its own (a file):
 * each document that uses it changed too. One in review (submitted or approved) goes back
 * as an edit of it by the same user would (`decide`, so the two never differ): what was
 * approved is not what will be published any more. Each gets an audit entry with the reason.
 */
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { getLatestCollectionVersion, saveVersion } from 'payload'

import { writeEntry } from './audit/writeEntry'
import { FIELD, type WorkflowSettings } from './defaults'
import { both } from './translations'
import { decide, type PermissionName } from './transitions'
import type { DependencyChange, DependentDocument, WorkflowDependency, WorkflowState } from './types'

/** A workflow collection: its slug and the field that titles its documents. */
export interface WorkflowCollection {
  slug: string
  titleField?: string
}

/** The audit reason of a dependency's change, formatted. */
export function dependencyReason(settings: WorkflowSettings, dependency: WorkflowDependency, change: DependencyChange) {
  return settings.formatMessage(dependency.reason?.(change) ?? both('reason.dependency'))
}

const IN_REVIEW: WorkflowState[] = ['submitted', 'approved']

/** The step the document goes to, as if `req`'s user had saved an edit of its latest version as a draft. */
async function stepAfterEdit(
  settings: WorkflowSettings,
  req: PayloadRequest,
  slug: string,
  latest: Record<string, unknown>,
  from: WorkflowState,
): Promise<WorkflowState> {
  const can = async (name: PermissionName) =>
    !req.user || Boolean(await settings.permissions[name]({ req, doc: latest, collection: slug }))
  const decision = await decide(
    {
      operation: 'update',
      draft: true,
      before: { state: from, status: latest._status as string | undefined, deletedAt: latest.deletedAt },
      // A draft edit never asks (it neither publishes nor unpublishes).
      wasPublished: async () => latest._status === 'published',
      data: {},
    },
    can,
  )
  return decision.state
}

/**
 * For each dependent document of a workflow collection: a step back if it is in review and
 * its latest version uses the thing, as a new draft version (the published row, if any, is
 * left as it is), and the audit entry. In `req`'s transaction.
 */
export async function reopenDependents(
  settings: WorkflowSettings,
  req: PayloadRequest,
  collections: readonly WorkflowCollection[],
  dependents: readonly DependentDocument[],
  reason: string,
): Promise<void> {
  for (const dependent of dependents) {
    const collection = collections.find((c) => c.slug === dependent.collection)
    const config = (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
      dependent.collection
    ]?.config
    if (!collection || !config) continue
    const latest = (await getLatestCollectionVersion({
      id: dependent.id,
      config,
      payload: req.payload,
      query: { collection: dependent.collection as never, where: { id: { equals: dependent.id } }, req },
      req,
    })) as Record<string, unknown> | undefined
    if (!latest) continue
    const from: WorkflowState =
      (latest[FIELD.state] as WorkflowState | undefined) ?? (latest._status === 'published' ? 'published' : 'draft')
    const to =
      dependent.latest && IN_REVIEW.includes(from)
        ? await stepAfterEdit(settings, req, dependent.collection, latest, from)
        : from
    if (to !== from) {
      await saveVersion({
        id: dependent.id,
        collection: config,
        docWithLocales: { ...latest, [FIELD.state]: to, [FIELD.changedAt]: new Date().toISOString() },
        draft: true,
        operation: 'update',
        payload: req.payload,
        req,
      })
    }
    await writeEntry(settings, req, {
      action: 'update',
      collection: dependent.collection,
      doc: { ...latest, id: dependent.id },
      titleField: collection.titleField,
      from: to !== from ? from : undefined,
      to: to !== from ? to : undefined,
      reason,
    })
  }
}
