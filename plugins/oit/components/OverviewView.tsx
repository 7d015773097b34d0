/**
 * Admin view /admin/oit-overview (server component): the view across organisations for
 * platform administrators and overseers. One row per organisation the reader may read, from
 * the stored statuses (summaries/), with filters by facet (province, kind), a sort, the items
 * most often missing, an Excel download that follows the filters, and a link that opens one
 * organisation's status. A GET form and plain links: works without JavaScript.
 */
import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'
import React from 'react'

import { AdminViewFrame } from '@prongsai/shared/AdminViewFrame'

import type { Label } from '@prongsai/shared/bilingual'
import type { OitKey } from '../translations'
import type { OitCustomConfig } from '../types'
import { yearInForce } from '../framework/yearInForce'
import { yearLabel } from '../framework/yearLabel'
import { STATUS_LABELS } from '../status/statusLabels'
import { ITEM_STATUSES } from '../status/types'
import { OVERVIEW_SORTS, overviewOf } from '../summaries/overview'
import { overviewQuery } from '../summaries/overviewQuery'
import { StatusBadge } from './StatusBadge'
import { SHORT_DATE, textLanguage } from './textLanguage'

export async function OverviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  if (!req.user) redirect(`${payload.config.routes.admin}/login`)
  const custom = payload.config.custom.oit as OitCustomConfig
  const inForce = yearInForce(custom.frameworks, custom.now())
  const frameworks = [...(inForce?.frameworks ?? custom.frameworks)].sort((a, b) => b.year - a.year)
  const framework = frameworks.find((f) => f.year === Number(searchParams?.year)) ?? inForce?.framework ?? frameworks[0]!
  const language = textLanguage(req.i18n.language)
  const t = (key: OitKey, vars?: Record<string, unknown>) => req.i18n.t(`plugin-oit:${key}` as never, vars as never)
  const say = (label: Label | string) => (typeof label === 'string' ? label : label[language])
  const query = overviewQuery(searchParams as Record<string, string | string[] | undefined>)
  const overview = await overviewOf(req, framework, query)
  const date = SHORT_DATE[language]
  const admin = payload.config.routes.admin
  const filterQuery = new URLSearchParams({
    ...query.filters,
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.direction ? { direction: query.direction } : {}),
  }).toString()
  const sortLabel = (sort: (typeof OVERVIEW_SORTS)[number]) =>
    sort === 'name'
      ? t('overviewOrganisation')
      : sort === 'progress'
        ? t('overviewProgress')
        : sort === 'lastPublishedAt'
          ? t('overviewLastPublished')
          : STATUS_LABELS[sort][language]

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>
        {t('overviewTitle')}: {yearLabel(framework)[language]}
      </h1>
      <p>{t('overviewIntro')}</p>
      <nav aria-label={t('year')} style={{ display: 'flex', gap: 12, margin: '8px 0' }}>
        {frameworks.map((f) => (
          <a key={f.year} href={`${admin}/oit-overview?year=${f.year}`} aria-current={f.year === framework.year ? 'page' : undefined}>
            {yearLabel(f)[language]}
          </a>
        ))}
      </nav>
      <form method="get" className="oit-overview-filter" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0 16px' }}>
        <input type="hidden" name="year" value={framework.year} />
        {overview.facets.map((facet) => (
          <React.Fragment key={facet.key}>
            <label htmlFor={`oit-facet-${facet.key}`}>{say(facet.label)}</label>
            <select id={`oit-facet-${facet.key}`} name={facet.key} defaultValue={query.filters?.[facet.key] ?? ''}>
              <option value="">{t('overviewAll')}</option>
              {facet.values.map((value) => (
                <option key={value.value} value={value.value}>
                  {say(value.label)}
                </option>
              ))}
            </select>
          </React.Fragment>
        ))}
        <label htmlFor="oit-overview-sort">{t('overviewSort')}</label>
        <select id="oit-overview-sort" name="sort" defaultValue={query.sort ?? 'name'}>
          {OVERVIEW_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabel(sort)}
            </option>
          ))}
        </select>
        <select name="direction" aria-label={t('overviewSort')} defaultValue={query.direction ?? ''}>
          <option value="">–</option>
          <option value="asc">{t('overviewAscending')}</option>
          <option value="desc">{t('overviewDescending')}</option>
        </select>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
          {t('show')}
        </button>
        <a
          className="oit-overview-xlsx"
          style={{ marginLeft: 'auto' }}
          href={`${payload.config.routes.api}/oit/${framework.year}/overview?format=xlsx${filterQuery ? `&${filterQuery}` : ''}`}
        >
          {t('overviewExport')}
        </a>
      </form>
      <p className="oit-overview-summary" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
        <strong>{t('overviewOrganisations', { shown: overview.rows.length, all: overview.organisations })}</strong>
        {ITEM_STATUSES.map((s) => (
          <span key={s}>
            <StatusBadge status={s} language={language} /> {overview.counts[s]}
          </span>
        ))}
      </p>
      {overview.rows.length === 0 ? (
        <p className="oit-overview-none">{t('overviewNone')}</p>
      ) : (
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
                    <a
                      href={`${admin}/oit-status?year=${framework.year}&organisation=${encodeURIComponent(String(row.organisation))}`}
                      title={t('overviewOpen')}
                    >
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
      )}
      {overview.mostMissing.length ? (
        <section style={{ marginTop: 24 }}>
          <h2>{t('overviewMostMissing')}</h2>
          <ol className="oit-overview-missing">
            {overview.mostMissing.map((item) => (
              <li key={item.code}>
                {item.code} {item.title[language]}: {t('overviewMissingCount', { count: item.count })}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </AdminViewFrame>
  )
}
