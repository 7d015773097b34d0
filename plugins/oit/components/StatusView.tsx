/**
 * Admin view /admin/oit-status (server component): the items of an ITA year grouped by
 * indicator, what an assessor would find for each, a year selector and a division filter
 * (plain links and a GET form: works without JavaScript), and the ITAS downloads.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import type { OitKey } from '../translations'
import type { OitCustomConfig } from '../types'
import { yearInForce } from '../framework/yearInForce'
import { computeYearStatus } from '../status/computeStatus'
import { siteUrlFor } from '../status/siteUrlFor'
import { ITEM_STATUSES } from '../status/types'
import { ReasonItems } from './ReasonItems'
import { StatusBadge } from './StatusBadge'
import { SHORT_DATE, textLanguage } from './textLanguage'

export async function StatusView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  if (!req.user) redirect(`${payload.config.routes.admin}/login`)
  const custom = payload.config.custom.oit as OitCustomConfig
  const now = custom.now()
  // The year in force is listed (and opened) even before its framework exists: a guide.
  const inForce = yearInForce(custom.frameworks, now)
  const frameworks = [...(inForce?.frameworks ?? custom.frameworks)].sort((a, b) => b.year - a.year)
  const requested = Number(searchParams?.year)
  const framework = frameworks.find((f) => f.year === requested) ?? inForce?.framework ?? frameworks[0]!
  const department =
    typeof searchParams?.department === 'string' && searchParams.department ? searchParams.department : undefined
  const language = textLanguage(req.i18n.language)
  const t = (key: OitKey) => req.i18n.t(`oit:${key}` as never)
  const siteUrl = siteUrlFor(req)
  const status = await computeYearStatus({ payload, req, framework, frameworks, siteUrl, department, now })
  // Links that leave the app are only as good as the address they are built on.
  const siteUrlUnset = !custom.siteUrl && !payload.config.serverURL
  const { docs: divisions } = await payload.find({
    collection: 'departments' as never,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const date = SHORT_DATE[language]
  const api = `${payload.config.routes.api}/oit/${framework.year}/export`
  // The downloads follow the division filter.
  const only = department ? `&department=${encodeURIComponent(department)}` : ''
  // What changed since the year before this one (or toward the next, for the oldest).
  // (Only between years that have a framework: a guide is the year it stands in for.)
  const real = frameworks.filter((f) => !f.guideFrom)
  const other = framework.guideFrom
    ? undefined
    : (real.find((f) => f.year < framework.year) ?? [...real].reverse().find((f) => f.year > framework.year))
  const compare = other
    ? `${payload.config.routes.admin}/oit-compare?from=${Math.min(other.year, framework.year)}&to=${Math.max(other.year, framework.year)}`
    : undefined

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 24 }}>
          {t('statusTitle')} · ITA {framework.year}
          {status.provisional ? ` (${t('provisional')})` : ''}
        </h1>
        {siteUrlUnset ? (
          <p
            role="alert"
            className="oit-site-url-warning"
            style={{ border: '1px solid var(--theme-warning-500)', background: 'var(--theme-warning-100)', padding: '8px 12px', borderRadius: 4 }}
          >
            ⚠ {t('siteUrlUnset')} {t('siteUrlNow')}: <code>{siteUrl || '—'}</code>
          </p>
        ) : null}
        {status.note ? (
          <p className="oit-year-note" style={{ fontWeight: 600 }}>
            {status.note[language]}
          </p>
        ) : null}
        <nav aria-label={t('year')} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, margin: '8px 0' }}>
          <strong>{t('year')}:</strong>
          {frameworks.map((f) => (
            <a key={f.year} href={`?year=${f.year}`} aria-current={f.year === framework.year ? 'page' : undefined}>
              ITA {f.year}
            </a>
          ))}
          {compare ? (
            <a href={compare} className="oit-compare-link" style={{ marginLeft: 'auto' }}>
              {t('compareLink')}
            </a>
          ) : null}
        </nav>
        <form method="get" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0 16px' }}>
          <input type="hidden" name="year" value={framework.year} />
          <label htmlFor="oit-division">{t('division')}</label>
          <select id="oit-division" name="department" defaultValue={department ?? ''} style={{ maxWidth: '100%' }}>
            <option value="">{t('allDivisions')}</option>
            {(divisions as { code?: string; nameTh?: string }[]).map((d) => (
              <option key={d.code} value={d.code}>
                {d.nameTh}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
            {t('show')}
          </button>
          <a href={`${api}?format=xlsx${only}`} className="oit-export-xlsx" style={{ marginLeft: 'auto' }}>
            {t('exportXlsx')}
          </a>
          <a href={`${api}?format=csv${only}`} className="oit-export-csv">
            {t('exportCsv')}
          </a>
        </form>
        <p className="oit-status-summary" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
          <strong>
            {status.counts.complete + status.counts['declared-none']}/{status.items.length} {t('answered')} (
            {status.progress}%)
          </strong>
          {ITEM_STATUSES.map((s) => (
            <span key={s}>
              <StatusBadge status={s} language={language} /> {status.counts[s]}
            </span>
          ))}
        </p>
        {status.indicators.map((indicator) => {
          const items = status.items.filter((i) => i.indicator === indicator.code)
          if (items.length === 0) return null
          return (
            <section key={indicator.code} style={{ marginBottom: 24 }}>
              <h2>
                {indicator.code} {indicator.title[language]}
              </h2>
              {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways. */}
              <div className="oit-table-scroll" style={{ overflowX: 'auto', maxWidth: '100%' }}>
              <table className="oit-status-table" style={{ width: '100%', minWidth: 720, borderCollapse: 'collapse' }}>
                <thead>
                  <tr style={{ textAlign: 'left' }}>
                    <th>{t('item')}</th>
                    <th>{t('status')}</th>
                    <th>{t('documents')}</th>
                    <th>{t('why')}</th>
                    <th>{t('division')}</th>
                    <th>{t('lastPublished')}</th>
                    <th>{t('nextDue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr
                      key={item.code}
                      id={`item-${item.code}`}
                      style={{ borderTop: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }}
                    >
                      <td style={{ padding: '6px 8px 6px 0' }}>
                        <a href={item.adminUrl}>
                          {item.code} {item.title[language]}
                        </a>
                      </td>
                      <td style={{ padding: 6 }}>
                        <StatusBadge status={item.status} language={language} />
                      </td>
                      <td style={{ padding: 6 }}>
                        {item.counted}/{item.minimum}
                      </td>
                      <td style={{ padding: 6 }}>
                        <ul style={{ margin: 0, paddingLeft: 16 }}>
                          <ReasonItems reasons={[...item.reasons, ...item.warnings]} language={language} />
                        </ul>
                      </td>
                      <td style={{ padding: 6 }}>{item.department.name ?? item.department.code}</td>
                      <td style={{ padding: 6, whiteSpace: 'nowrap' }}>
                        {item.lastPublishedAt ? date(item.lastPublishedAt) : '—'}
                      </td>
                      <td style={{ padding: 6 }}>
                        {item.nextDue ? (
                          <>
                            {item.nextDue.overdue ? (
                              <strong className="oit-overdue" style={{ color: 'var(--theme-error-500, #c0392b)' }}>
                                {t('overdue')}{' '}
                              </strong>
                            ) : null}
                            {`${date(item.nextDue.date)} · ${item.nextDue.what[language]}`}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </section>
          )
        })}
      </Gutter>
    </DefaultTemplate>
  )
}
