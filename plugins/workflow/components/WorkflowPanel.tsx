/**
 * Sidebar of a workflow document (server component): the send-back reason, the buttons of
 * the steps this user may take, and the document's history from the audit log.
 */
import type { PayloadRequest } from 'payload'

import React from 'react'

import type { WorkflowSettings } from '../defaults'
import { FIELD } from '../defaults'
import { nextSteps } from '../nextSteps'
import { WorkflowButtons } from './WorkflowButtons'

interface Props {
  id?: number | string
  collectionSlug: string
  data?: Record<string, unknown>
  req: PayloadRequest
  i18n: { language: string; t: (key: string) => string }
}

const HISTORY = 10

export async function WorkflowPanel({ collectionSlug, data, i18n, id, req }: Props) {
  if (!id || !req.user) return null
  const settings = req.payload.config.custom.workflow as WorkflowSettings
  const t = (key: string) => i18n.t(`plugin-workflow:${key}`)
  const doc = { ...(data ?? {}), id }
  const steps = await nextSteps(settings, req, collectionSlug, doc)
  // SQLite may give a new document the id of one deleted for good: its history starts at its creation.
  const createdAt = typeof data?.createdAt === 'string' ? data.createdAt : undefined
  const since = createdAt ? [{ createdAt: { greater_than_equal: createdAt } }] : []
  const history = await req.payload.find({
    collection: settings.audit.slug as never,
    req,
    overrideAccess: false,
    depth: 0,
    limit: HISTORY,
    sort: '-createdAt',
    where: { and: [{ collection: { equals: collectionSlug } }, { documentId: { equals: String(id) } }, ...since] },
  })
  const dateFormat = new Intl.DateTimeFormat(t('dateLocale'), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Bangkok',
  })
  const note = data?.[FIELD.state] === 'returned' ? (data?.[FIELD.note] as string | undefined) : undefined
  const logUrl = `${req.payload.config.routes.admin}/collections/${settings.audit.slug}?where[collection][equals]=${collectionSlug}&where[documentId][equals]=${id}${createdAt ? `&where[createdAt][greater_than_equal]=${encodeURIComponent(createdAt)}` : ''}`

  return (
    <div className="workflow-panel" style={{ marginBottom: 24 }}>
      {note ? (
        <div
          role="note"
          className="workflow-panel__note"
          style={{ padding: 8, marginBottom: 8, border: '1px solid var(--theme-warning-500)', borderRadius: 4 }}
        >
          <strong>{t('note')}:</strong> {note}
        </div>
      ) : null}
      <WorkflowButtons
        collection={collectionSlug}
        id={id}
        steps={steps}
        labels={{
          submit: t('action.submit'),
          approve: t('action.approve'),
          sendBack: t('action.sendBack'),
          reason: t('reasonLabel'),
          reasonPlaceholder: t('reasonPlaceholder'),
          saveFirst: t('saveFirst'),
        }}
        done={{ submit: t('done.submit'), approve: t('done.approve'), sendBack: t('done.sendBack') }}
      />
      <h4 style={{ margin: '12px 0 4px' }}>{t('history')}</h4>
      {history.docs.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{t('noHistory')}</p>
      ) : (
        <ol className="workflow-panel__history" style={{ margin: 0, paddingLeft: 18 }}>
          {(history.docs as Record<string, unknown>[]).map((entry) => (
            <li key={String(entry.id)} style={{ marginBottom: 4 }}>
              <strong>{t(`action.${String(entry.action)}`)}</strong>{' '}
              <time dateTime={String(entry.createdAt)}>{dateFormat.format(new Date(String(entry.createdAt)))}</time>
              {` · ${entry.userName ? String(entry.userName) : t('audit.hiddenUser')}`}
              {entry.reason ? <div style={{ opacity: 0.8 }}>“{String(entry.reason)}”</div> : null}
            </li>
          ))}
        </ol>
      )}
      <a href={logUrl}>{t('fullLog')}</a>
    </div>
  )
}
