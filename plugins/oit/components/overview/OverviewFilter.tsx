/** The view's filters by facet, its sort, and the Excel download that follows them (a GET form; server component). */
import React from 'react'

import { STATUS_LABELS } from '../../status/statusLabels'
import { OVERVIEW_SORTS, type Overview, type OverviewQuery, type OverviewSort } from '../../summaries/overview'
import type { OverviewWords } from './words'

export function OverviewFilter({
  overview,
  query,
  year,
  xlsx,
  language,
  t,
  say,
}: OverviewWords & { overview: Overview; query: OverviewQuery; year: number; xlsx: string }) {
  const sortLabel = (sort: OverviewSort) =>
    sort === 'name'
      ? t('overviewOrganisation')
      : sort === 'progress'
        ? t('overviewProgress')
        : sort === 'lastPublishedAt'
          ? t('overviewLastPublished')
          : STATUS_LABELS[sort][language]
  return (
    <form
      method="get"
      className="oit-overview-filter"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0 16px' }}
    >
      <input type="hidden" name="year" value={year} />
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
      <a className="oit-overview-xlsx" style={{ marginLeft: 'auto' }} href={xlsx}>
        {t('overviewExport')}
      </a>
    </form>
  )
}
