/**
 * The admin's `schedule-publish` server function ("publish at …", and cancelling it), judged
 * like publishing itself: only who may publish the document may schedule or cancel its
 * publication. Payload 3.90.2's own handler only asks that the caller may use the admin; it
 * then deletes any scheduled job by id and queues jobs for any document as the system, so
 * an editor could cancel a publisher's schedule, or queue one for another division's document
 * that failed only when it ran. Give it to `handleServerFunctions` (the admin layout):
 * `serverFunctions: { 'schedule-publish': schedulePublishIfAllowed }`.
 */
import type { Collection, PayloadRequest, ServerFunction } from 'payload'

import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { canAccessAdmin, docAccessOperation, docAccessOperationGlobal } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import type { WorkflowSettings } from '../defaults'
import { both, type WorkflowKey } from '../translations'

const JOBS = 'payload-jobs'
const TASK = 'schedulePublish'

type Target = Pick<SchedulePublishHandlerArgs, 'doc' | 'global'>

const collectionOf = (req: PayloadRequest, slug: string) =>
  (req.payload.collections as Record<string, Collection | undefined>)[slug]

/** The document's id in the type its collection stores (the admin sends it as a string). */
function storedId(req: PayloadRequest, slug: string, value: unknown): number | string | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined
  const type = collectionOf(req, slug)?.customIDType ?? req.payload.db.defaultIDType
  if (type !== 'number') return String(value)
  const number = Number(value)
  return Number.isInteger(number) ? number : undefined
}

/** Whether the caller may publish what the schedule targets: the workflow's rule, or Payload's for other collections. */
async function mayPublish(req: PayloadRequest, settings: WorkflowSettings, target: Target): Promise<boolean | null> {
  if (target.doc) {
    const slug = String(target.doc.relationTo)
    const collection = collectionOf(req, slug)
    const id = storedId(req, slug, target.doc.value)
    if (!collection || id === undefined || !hasScheduledPublishEnabled(collection.config)) return null
    const doc = (await req.payload.findByID({
      collection: slug as never,
      id,
      draft: true,
      depth: 0,
      // As the caller: a document they may not read (another organisation's) is not theirs to schedule.
      overrideAccess: false,
      req,
      disableErrors: true,
    })) as Record<string, unknown> | null
    if (!doc) return null
    const governed = (req.payload.config.custom.workflow as { collections?: { slug: string }[] }).collections
    if (governed?.some((c) => c.slug === slug)) {
      return Boolean(await settings.permissions.publish({ req, doc, collection: slug }))
    }
    const access = await docAccessOperation({ id, collection, data: { _status: 'published' }, req })
    return Boolean(access.update)
  }
  if (target.global) {
    const globalConfig = req.payload.config.globals.find((g) => g.slug === target.global)
    if (!globalConfig || !hasScheduledPublishEnabled(globalConfig)) return null
    return Boolean((await docAccessOperationGlobal({ data: { _status: 'published' }, globalConfig, req })).update)
  }
  return null
}

/** A scheduled publication not yet run, by its job id. */
async function pendingSchedule(req: PayloadRequest, id: number | string) {
  return (await req.payload.db.findOne({
    collection: JOBS,
    req,
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: TASK } }, { completedAt: { exists: false } }] },
  })) as { id: number | string; input?: Target } | null
}

export const schedulePublishIfAllowed: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { deleteID, req } = args
  await canAccessAdmin({ req })
  const settings = req.payload.config.custom.workflow as WorkflowSettings
  const answer = (key: WorkflowKey) => ({ error: settings.formatMessage(both(key)) })

  if (deleteID !== undefined && deleteID !== null && deleteID !== '') {
    const job = await pendingSchedule(req, deleteID)
    const allowed = job && (await mayPublish(req, settings, job.input ?? {}))
    if (allowed === null || !job) return answer('error.scheduleNotFound')
    if (!allowed) return answer('error.schedule')
    // Only the cancellation: Payload's handler also queued an empty job after deleting.
    await req.payload.db.deleteOne({ collection: JOBS, req, where: { id: { equals: job.id } } })
    return { message: req.i18n.t('general:success') }
  }

  const allowed = await mayPublish(req, settings, { doc: args.doc, global: args.global })
  if (allowed === null) return answer('error.scheduleNotFound')
  if (!allowed) return answer('error.schedule')
  return schedulePublishHandler(args)
}
