import type { PayloadRequest } from 'payload'

import type { Label } from '@prongsai/shared/bilingual'
import { escapeHtml } from '@prongsai/shared/escapeHtml'
import { byLanguage, type RecipientGroup } from '@prongsai/shared/recipient'
import type { WorkflowSettings } from './defaults'
import { both, NAMESPACE, translations, type WorkflowKey } from './translations'
import type { AuditAction, NotifyArgs } from './types'
import { carriedFields } from './audit/carried'

/** Steps that hand the document to someone: they are told by e-mail. */
export const NOTIFIED: readonly AuditAction[] = ['submit', 'approve', 'sendBack', 'publish', 'unpublish']

/** The languages a message can be written in alone (those of the plugin's translations). */
const LANGUAGES = Object.keys(translations)

/** Each step's own subject (what the reader is asked to do, or what happened). */
export function mailSubject(action: AuditAction): { th: string; en: string } {
  const key = `mail.subject.${action}` as WorkflowKey
  return key in translations.th[NAMESPACE] ? both(key) : both('mail.subject')
}

/** Each step's first line. */
export function mailLead(action: AuditAction): { th: string; en: string } {
  const key = `mail.lead.${action}` as WorkflowKey
  return key in translations.th[NAMESPACE] ? both(key) : both(`action.${action}` as WorkflowKey)
}

/** The steps whose e-mail goes back to whoever submitted the document. */
const TO_SUBMITTER: readonly AuditAction[] = ['sendBack', 'publish', 'unpublish']

/** Finds who last submitted the document (a send-back, a publish or an unpublish goes back to them). */
async function lastSubmitter(settings: WorkflowSettings, req: PayloadRequest, collection: string, doc: Record<string, unknown>) {
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
        { documentId: { equals: String(doc.id) } },
        { action: { equals: 'submit' } },
        // Its entries carry what the document carries (its organisation): the read keeps to it.
        ...carriedFields(settings, doc).map(([name, value]) => ({ [name]: { equals: value } })),
      ],
    },
  })
  const user = (found.docs[0] as { user?: { id: number | string; email?: string; language?: unknown } | null } | undefined)
    ?.user
  if (!user || typeof user !== 'object') return undefined
  const submitter: NonNullable<NotifyArgs['submittedBy']> = { id: user.id, email: user.email }
  if (typeof user.language === 'string') submitter.language = user.language
  return submitter
}

interface MailArgs {
  action: AuditAction
  title: string
  reason?: string
  adminUrl: string
}

/**
 * One message: in `language` only when given (the recipients read it), else in both
 * languages as `formatMessage` joins them.
 */
export function mailMessage(
  settings: Pick<WorkflowSettings, 'formatMessage'>,
  { action, title, reason, adminUrl }: MailArgs,
  language: string | undefined,
): { subject: string; text: string; html: string } {
  const say = (message: Label) => (language ? message[language] : undefined) ?? settings.formatMessage(message)
  const lines = [
    `${say(mailLead(action))}: ${title}`,
    ...(reason ? [`${say(both('mail.reason'))}: ${reason}`] : []),
    `${say(both('mail.open'))}: ${adminUrl}`,
  ]
  return {
    subject: `${say(mailSubject(action))}: ${title}`,
    text: lines.join('\n'),
    html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
  }
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
  const submittedBy = TO_SUBMITTER.includes(args.action)
    ? await lastSubmitter(settings, req, args.collection, args.doc)
    : undefined
  const self = (req.user as { email?: string } | null)?.email
  const groups = byLanguage(
    await settings.recipients({ req, action: args.action, collection: args.collection, doc: args.doc, submittedBy }),
    LANGUAGES,
  )
    .map((group) => ({ ...group, to: group.to.filter((address) => address !== self) }))
    .filter((group) => group.to.length > 0)
  if (groups.length === 0) return
  const { payload } = req
  const adminPath = `${payload.config.routes.admin}/collections/${args.collection}/${args.doc.id}`
  const origin = settings.siteOrigin(req)
  if (!origin) {
    payload.logger.warn(
      `workflow: the site's address is unknown (no serverURL, no Host header): the e-mailed link is relative (${adminPath})`,
    )
  }
  const mail = { ...args, adminUrl: `${(origin ?? '').replace(/\/+$/, '')}${adminPath}` }
  // One message per language; one that fails is logged and never undoes the step or the others.
  const send = async ({ language, to }: RecipientGroup) => {
    try {
      await payload.sendEmail({ to, ...mailMessage(settings, mail, language) })
    } catch (error) {
      payload.logger.error({ err: error, msg: `workflow: e-mail to ${to.join(', ')} failed` })
    }
  }
  await settings.afterCommit(req, async () => {
    for (const group of groups) await send(group)
  })
}
