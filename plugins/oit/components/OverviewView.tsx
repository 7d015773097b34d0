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
import { ITEM_STATUSES } from '../status/types'
import { overviewOf } from '../summaries/overview'
import { overviewQuery } from '../summaries/overviewQuery'
import { StatusBadge } from './StatusBadge'
import { MostMissing } from './overview/MostMissing'
import { OverviewFilter } from './overview/OverviewFilter'
import { OverviewTable } from './overview/OverviewTable'
import { textLanguage } from './textLanguage'

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
  const admin = payload.config.routes.admin
  const filterQuery = new URLSearchParams({
    ...query.filters,
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.direction ? { direction: query.direction } : {}),
  }).toString()
  const words = { language, t, say } as const

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>
        {t('overviewTitle')}: {yearLabel(framework)[language]}
      </h1>
      <p>{t('overviewIntro')}</p>
      <nav aria-label={t('year')} style={{ display: 'flex', gap: 12, margin: '8px 0' }}>
        {frameworks.map((f) => (
          <a
            key={f.year}
            href={`${admin}/oit-overview?year=${f.year}`}
            aria-current={f.year === framework.year ? 'page' : undefined}
            style={{ fontWeight: f.year === framework.year ? 700 : undefined }}
          >
            {yearLabel(f)[language]}
          </a>
        ))}
      </nav>
      <OverviewFilter
        overview={overview}
        query={query}
        year={framework.year}
        xlsx={`${payload.config.routes.api}/oit/${framework.year}/overview?format=xlsx${filterQuery ? `&${filterQuery}` : ''}`}
        {...words}
      />
      <p className="oit-overview-summary" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center' }}>
        <strong>{t('overviewOrganisations', { shown: overview.rows.length, all: overview.organisations })}</strong>
        {ITEM_STATUSES.map((s) => (
          <span key={s}>
            <StatusBadge status={s} language={language} /> {overview.counts[s]}
          </span>
        ))}
      </p>
      <OverviewTable overview={overview} open={(id) => `${admin}/oit-status?year=${framework.year}&organisation=${encodeURIComponent(String(id))}`} {...words} />
      <MostMissing overview={overview} {...words} />
    </AdminViewFrame>
  )
}
