import type { PayloadRequest } from 'payload'

import type { WorkflowSettings } from './defaults'
import { FIELD } from './defaults'
import { mayPublish, nextSteps } from './nextSteps'
import type { WorkflowState } from './types'

export interface Task {
  collection: string
  id: number | string
  title: string
  state: WorkflowState
  note?: string
  updatedAt: string
}

/**
 * A user's tasks: the latest versions in the user's task steps that the user may read
 * (access control) and whose next step is theirs (the permissions), newest first.
 */
export async function tasksOf(
  settings: WorkflowSettings,
  req: PayloadRequest,
  collections: { slug: string; titleField?: string }[],
  perCollection = 50,
): Promise<Task[]> {
  if (!req.user) return []
  const states = settings.tasks(req.user as unknown as Record<string, unknown>)
  if (states.length === 0) return []
  const tasks: Task[] = []
  for (const { slug, titleField } of collections) {
    const found = await req.payload.find({
      collection: slug as never,
      req,
      overrideAccess: false,
      draft: true,
      depth: 0,
      limit: perCollection,
      sort: '-updatedAt',
      where: { [FIELD.state]: { in: states } },
    })
    for (const doc of found.docs as Record<string, unknown>[]) {
      const mine =
        (await nextSteps(settings, req, slug, doc)).length > 0 || (await mayPublish(settings, req, slug, doc))
      if (!mine) continue
      tasks.push({
        collection: slug,
        id: doc.id as number | string,
        title: String((titleField && doc[titleField]) || doc.id),
        state: doc[FIELD.state] as WorkflowState,
        note: (doc[FIELD.note] as string | undefined) ?? undefined,
        updatedAt: String(doc.updatedAt ?? ''),
      })
    }
  }
  return tasks.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
