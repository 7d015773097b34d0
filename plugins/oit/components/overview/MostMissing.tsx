/** The items most of the rows shown have not answered "มี", most first (server component). */
import React from 'react'

import type { Overview } from '../../summaries/overview'
import type { OverviewWords } from './words'

export function MostMissing({ overview, language, t }: OverviewWords & { overview: Overview }) {
  if (!overview.mostMissing.length) return null
  return (
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
  )
}
