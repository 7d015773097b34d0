import type { PayloadRequest } from 'payload'

import type { WorkflowSettings } from './defaults'
import { both, translations, type WorkflowKey } from './translations'
import type { AuditAction } from './types'

/** Steps that hand the document to someone: they are told by e-mail. */
export const NOTIFIED: readonly AuditAction[] = ['submit', 'approve', 'sendBack', 'publish', 'unpublish']

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Each step's own subject (what the reader is asked to do, or what happened). */
export function mailSubject(action: AuditAction): { th: string; en: string } {
  const key = `mail.subject.${action}` as WorkflowKey
  return key in translations.th.workflow ? both(key) : both('mail.subject')
}

/** Each step's first line. */
export function mailLead(action: AuditAction): { th: string; en: string } {
  const key = `mail.lead.${action}` as WorkflowKey
  return key in translations.th.workflow ? both(key) : both(`action.${action}` as WorkflowKey)
}

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
  const adminPath = `${payload.config.routes.admin}/collections/${args.collection}/${args.doc.id}`
  const origin = settings.siteOrigin(req)
  if (!origin) {
    payload.logger.warn(
      `workflow: the site's address is unknown (no serverURL, no Host header): the e-mailed link is relative (${adminPath})`,
    )
  }
  const adminUrl = `${(origin ?? '').replace(/\/+$/, '')}${adminPath}`
  const subject = `${settings.formatMessage(mailSubject(args.action))}: ${args.title}`
  const lines = [
    `${settings.formatMessage(mailLead(args.action))}: ${args.title}`,
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
