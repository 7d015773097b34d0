/**
 * Dashboard panel (server component), for every signed-in user: "ITA 2570: 3/26 …" for
 * the ITA year in force (the fiscal year of today; where it has no framework yet, the
 * newest one as a provisional guide, said so in words), the counts per status, and the
 * open items of the user's own division first.
 */
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'
import { headers } from 'next/headers'
import React from 'react'

import type { OitKey } from '../translations'
import type { OitCustomConfig } from '../types'
import { yearInForce } from '../framework/yearInForce'
import { hasOrganisations, requestOrganisation } from '../organisations/requestOrganisation'
import { computeYearStatus } from '../status/computeStatus'
import { siteUrlFor } from '../status/siteUrlFor'
import { ITEM_STATUSES } from '../status/types'
import { StatusBadge } from './StatusBadge'
import { textLanguage } from './textLanguage'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string; t: (key: string) => string }
}

const SHOWN = 6

export async function StatusSummary({ i18n, payload, user }: Props) {
  if (!user) return null
  const custom = payload.config.custom.oit as OitCustomConfig
  const now = custom.now()
  const inForce = yearInForce(custom.frameworks, now)
  if (!inForce) return null
  const { framework } = inForce
  const language = textLanguage(i18n.language)
  const t = (key: OitKey) => i18n.t(`plugin-oit:${key}`)
  // As the user: the drafts named are those they may read.
  const headers = await requestHeaders()
  const req = await createLocalReq({ user, context: {}, req: { headers } }, payload)
  // Several organisations and none chosen yet: nothing to sum up.
  const organisation = await requestOrganisation(req)
  if (hasOrganisations(req) && organisation === undefined) return null
  const status = await computeYearStatus({
    organisation,
    payload,
    req,
    framework,
    frameworks: inForce.frameworks,
    siteUrl: siteUrlFor({ payload, user, headers }),
    now,
  })
  // The user's own divisions first (a user may belong to several).
  const refs = (user as { divisions?: unknown }).divisions
  const ids = (Array.isArray(refs) ? refs : []).map((d) => (d && typeof d === 'object' ? (d as { id: number }).id : d))
  // Their codes, from the plugin's divisions collection.
  const divisions = custom.divisions
  const own =
    ids.length && divisions
      ? (
          await payload.find({
            collection: divisions.collection,
            where: { id: { in: ids } },
            depth: 0,
            limit: ids.length,
            pagination: false,
          })
        ).docs.map((d) => (d as unknown as Record<string, string | undefined>)[divisions.codeField])
      : []
  const open = status.items.filter((i) => i.status !== 'complete' && i.status !== 'declared-none')
  const mine = own.length ? open.filter((i) => own.includes(i.division.code) || i.division.code === 'all') : []
  const shown = [...mine, ...open.filter((i) => !mine.includes(i))].slice(0, SHOWN)
  const statusPath = `${payload.config.routes.admin}/oit-status`

  return (
    <section className="oit-status-panel" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 8 }}>
        ITA {framework.year}
        {framework.provisional ? ` (${t('provisional')})` : ''}:{' '}
        {status.counts.complete + status.counts['declared-none']}/{status.items.length} {t('answered')}
      </h2>
      {status.note ? (
        <p className="oit-year-note" style={{ margin: '0 0 8px', fontWeight: 600 }}>
          {status.note[language]}
        </p>
      ) : null}
      <p style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {ITEM_STATUSES.filter((s) => status.counts[s] > 0).map((s) => (
          <span key={s}>
            <StatusBadge status={s} language={language} /> {status.counts[s]}
          </span>
        ))}
      </p>
      {own.length ? (
        <h3 style={{ margin: '8px 0 4px' }}>{mine.length ? t('ownGaps') : t('everythingAnswered')}</h3>
      ) : null}
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {shown.map((item) => (
          <li key={item.code} style={{ marginBottom: 4 }}>
            <a href={`${statusPath}?year=${framework.year}#item-${item.code}`}>
              {item.code} {item.title[language]}
            </a>{' '}
            <StatusBadge status={item.status} language={language} />{' '}
            <span style={{ opacity: 0.7 }}>{item.reasons[0]?.message[language]}</span>
          </li>
        ))}
      </ul>
      <p style={{ marginTop: 8 }}>
        <a href={`${statusPath}?year=${framework.year}`}>{t('openStatus')}</a>
      </p>
    </section>
  )
}

/** The headers of the page's request (its origin is remembered for the reminders); none outside one. */
async function requestHeaders() {
  try {
    return await headers()
  } catch {
    return undefined
  }
}
