/** The division filter (a GET form: works without JavaScript) and the ITAS downloads, which follow it (server component). */
import React from 'react'

import type { StatusWords } from './words'

export function StatusFilter({
  year,
  division,
  divisions,
  organisation,
  api,
  t,
}: Pick<StatusWords, 't'> & {
  year: number
  division?: string
  /** The organisation the view was opened on by name (`?organisation=`): the filter and downloads keep to it. */
  organisation?: number | string
  /** Division code → name, in the divisions' own order. */
  divisions: Map<string, string>
  /** The export endpoint of the year. */
  api: string
}) {
  const only =
    (division ? `&division=${encodeURIComponent(division)}` : '') +
    (organisation === undefined ? '' : `&organisation=${encodeURIComponent(String(organisation))}`)
  return (
    <form method="get" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0 16px' }}>
      <input type="hidden" name="year" value={year} />
      {organisation === undefined ? null : <input type="hidden" name="organisation" value={String(organisation)} />}
      <label htmlFor="oit-division">{t('division')}</label>
      <select id="oit-division" name="division" defaultValue={division ?? ''} style={{ maxWidth: '100%' }}>
        <option value="">{t('allDivisions')}</option>
        {[...divisions].map(([code, name]) => (
          <option key={code} value={code}>
            {name}
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
  )
}
