import type { PayloadRequest } from 'payload'

import type { WorkflowSettings } from './defaults'
import { both } from './translations'
import type { AuditAction } from './types'

/** Steps that hand the document to someone: they are told by e-mail. */
export const NOTIFIED: readonly AuditAction[] = ['submit', 'approve', 'sendBack', 'publish', 'unpublish']

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Finds who last submitted the document (the send-back goes back to them). */
async function lastSubmitter(settings: WorkflowSettings, req: PayloadRequest, collection: string, id: unknown) {
  const found = await req.payload.find({
    collection: settings.audit.slug as never,
    req,
    overrideAccess: true,
    depth: 1,
    limit: 1,
    sort: '-createdAt',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: String(id) } },
        { action: { equals: 'submit' } },
      ],
    },
  })
  const user = (found.docs[0] as { user?: { id: number | string; email?: string } | null } | undefined)?.user
  return user && typeof user === 'object' ? { id: user.id, email: user.email } : undefined
}

/**
 * Tells the next actor, once the change has committed: never for a rolled-back change,
 * and a failing mail server never undoes a step (it is logged).
 */
export async function notify(
  settings: WorkflowSettings,
  req: PayloadRequest,
  args: { action: AuditAction; collection: string; doc: Record<string, unknown>; title: string; reason?: string },
): Promise<void> {
  const submittedBy =
    args.action === 'sendBack' || args.action === 'publish'
      ? await lastSubmitter(settings, req, args.collection, args.doc.id)
      : undefined
  const to = [
    ...new Set(
      await settings.recipients({ req, action: args.action, collection: args.collection, doc: args.doc, submittedBy }),
    ),
  ].filter((address) => address && address !== (req.user as { email?: string } | null)?.email)
  if (to.length === 0) return
  const { payload } = req
  const adminUrl = `${payload.config.serverURL ?? ''}${payload.config.routes.admin}/collections/${args.collection}/${args.doc.id}`
  const step = both(`action.${args.action}`)
  const subject = `${settings.formatMessage(both('mail.subject'))}: ${step.th} · ${args.title}`
  const lines = [
    `${step.th} / ${step.en}: ${args.title}`,
    ...(args.reason ? [`${settings.formatMessage(both('mail.reason'))}: ${args.reason}`] : []),
    `${settings.formatMessage(both('mail.open'))}: ${adminUrl}`,
  ]
  const send = async () => {
    try {
      await payload.sendEmail({
        to,
        subject,
        text: lines.join('\n'),
        html: lines.map((line) => `<p>${escape(line)}</p>`).join(''),
      })
    } catch (error) {
      payload.logger.error({ err: error, msg: `workflow: e-mail to ${to.join(', ')} failed` })
    }
  }
  await settings.afterCommit(req, send)
}
