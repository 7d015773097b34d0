import type { PayloadRequest } from 'payload'

import type { WorkflowSettings } from './defaults'
import { FIELD } from './defaults'
import type { WorkflowAction, WorkflowState } from './types'

/** The steps this user may take now on this document (the buttons, and "my tasks"). */
export async function nextSteps(
  settings: WorkflowSettings,
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown>,
): Promise<WorkflowAction[]> {
  const state = (doc[FIELD.state] as WorkflowState | undefined) ?? 'draft'
  const args = { req, doc, collection }
  if (state === 'draft' || state === 'returned') return (await settings.permissions.submit(args)) ? ['submit'] : []
  if (state === 'submitted') return (await settings.permissions.review(args)) ? ['approve', 'sendBack'] : []
  if (state === 'approved') return (await settings.permissions.review(args)) ? ['sendBack'] : []
  return []
}

/** Whether publishing is this user's next step on an approved document. */
export async function mayPublish(
  settings: WorkflowSettings,
  req: PayloadRequest,
  collection: string,
  doc: Record<string, unknown>,
): Promise<boolean> {
  return doc[FIELD.state] === 'approved' && Boolean(await settings.permissions.publish({ req, doc, collection }))
}
