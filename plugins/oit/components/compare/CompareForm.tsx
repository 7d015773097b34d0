/** The two years to compare, picked with a GET form: works without JavaScript (server component). */
import React from 'react'

import type { Framework } from '../../framework/schema'
import type { CompareWords } from './parts'

export function CompareForm({
  frameworks,
  from,
  to,
  t,
}: {
  frameworks: Framework[]
  from?: Framework
  to?: Framework
  t: CompareWords['t']
}) {
  return (
    <form
      method="get"
      className="oit-compare-form"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0 16px' }}
    >
      {(
        [
          ['from', 'compareFrom', from],
          ['to', 'compareTo', to],
        ] as const
      ).map(([name, label, chosen]) => (
        <React.Fragment key={name}>
          <label htmlFor={`oit-compare-${name}`}>{t(label)}</label>
          <select id={`oit-compare-${name}`} name={name} defaultValue={chosen?.year}>
            {frameworks.map((f) => (
              <option key={f.year} value={f.year}>
                ITA {f.year}
                {f.provisional ? ` (${t('provisional')})` : ''}
              </option>
            ))}
          </select>
        </React.Fragment>
      ))}
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        {t('compare')}
      </button>
    </form>
  )
}
