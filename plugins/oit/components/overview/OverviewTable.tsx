/** One row per organisation: its facets, counts per status, progress, last publication, when computed (server component). */
import React from 'react'

import { STATUS_LABELS } from '../../status/statusLabels'
import { ITEM_STATUSES } from '../../status/types'
import type { Overview } from '../../summaries/overview'
import type { OrganisationId } from '../../types'
import { SHORT_DATE } from '../textLanguage'
import type { OverviewWords } from './words'

export function OverviewTable({
  overview,
  open,
  language,
  t,
  say,
}: OverviewWords & { overview: Overview; open: (organisation: OrganisationId) => string }) {
  if (overview.rows.length === 0) return <p className="oit-overview-none">{t('overviewNone')}</p>
  const date = SHORT_DATE[language]
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="oit-overview-table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('overviewOrganisation')}</th>
            {overview.facets.map((facet) => (
              <th key={facet.key} scope="col">
                {say(facet.label)}
              </th>
            ))}
            {ITEM_STATUSES.map((s) => (
              <th key={s} scope="col">
                {STATUS_LABELS[s][language]}
              </th>
            ))}
            <th scope="col">{t('overviewProgress')}</th>
            <th scope="col">{t('overviewLastPublished')}</th>
            <th scope="col">{t('overviewComputed')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.rows.map((row, index) => (
            <tr key={String(row.organisation)} className="oit-overview-row" style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
              <td>{index + 1}</td>
              <th scope="row" style={{ textAlign: 'left' }}>
                <a href={open(row.organisation)} title={t('overviewOpen')}>
                  {row.name}
                </a>
              </th>
              {overview.facets.map((facet) => (
                <td key={facet.key}>{row.facets[facet.key] ? say(row.facets[facet.key]!.label) : ''}</td>
              ))}
              {ITEM_STATUSES.map((s) => (
                <td key={s} style={{ textAlign: 'right' }}>
                  {row.counts[s] ?? 0}
                </td>
              ))}
              <td style={{ minWidth: 120 }}>
                <meter min={0} max={100} value={row.progress} aria-label={t('overviewProgress')} /> {row.progress}%
              </td>
              <td>{row.lastPublishedAt ? date(row.lastPublishedAt) : '–'}</td>
              <td>
                {date(row.computedAt)}
                {row.outOfDate ? <small style={{ display: 'block' }}>{t('overviewOutOfDate')}</small> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
