/**
 * Admin view /admin/oit-status (server component): the items of an ITA year grouped by
 * indicator, what an assessor would find for each, a year selector and a division filter
 * (plain links and a GET form: works without JavaScript), and the ITAS downloads.
 *
 * This file is the shell (who may see it, which year and division, the data); what is shown
 * is in `status/` (head, filter, one table per indicator), each given its data and words.
 */
import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { redirect } from 'next/navigation'
import React from 'react'

import { AdminViewFrame } from '@prongsai/shared/AdminViewFrame'

import type { Framework } from '../framework/schema'
import type { OitKey } from '../translations'
import type { OitCustomConfig } from '../types'
import { yearInForce } from '../framework/yearInForce'
import { hasOrganisations, requestOrganisation } from '../organisations/requestOrganisation'
import { computeYearStatus } from '../status/computeStatus'
import { siteUrlFor } from '../status/siteUrlFor'
import { ITEM_STATUSES } from '../status/types'
import { divisionNames } from '../status/select'
import { IndicatorTable } from './status/IndicatorTable'
import { StatusFilter } from './status/StatusFilter'
import { StatusHeader } from './status/StatusHeader'
import { StatusBadge } from './StatusBadge'
import { SHORT_DATE, textLanguage } from './textLanguage'
import { divisionParam } from '../divisions/divisionParam'

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
  const division = divisionParam(searchParams as Record<string, string | string[] | undefined> | undefined)
  const language = textLanguage(req.i18n.language)
  const t = (key: OitKey) => req.i18n.t(`plugin-oit:${key}` as never)
  const siteUrl = siteUrlFor(req)
  // Several organisations and none chosen: say so, rather than count them together.
  // `?organisation=`: one opened from the view across organisations (if the reader may read it).
  const asked = typeof searchParams?.organisation === 'string' ? searchParams.organisation : undefined
  const organisation = await requestOrganisation(req, asked)
  if (hasOrganisations(req) && organisation === undefined) {
    return (
      <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>{t('statusTitle')}</h1>
        <p className="oit-choose-organisation">{t('chooseOrganisation')}</p>
      </AdminViewFrame>
    )
  }
  const status = await computeYearStatus({ payload, req, framework, frameworks, siteUrl, division, now, organisation })
  // Opened by name from the view across organisations: say which one this is.
  const opened = asked !== undefined && organisation !== undefined ? await organisationCard(req, organisation) : undefined
  // Links that leave the app are only as good as the address they are built on.
  const siteUrlUnset = !custom.siteUrl && !payload.config.serverURL
  const divisions = await divisionNames({ payload, req, organisation })
  const date = SHORT_DATE[language]
  const words = { language, t } as const

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <StatusHeader
        framework={framework}
        frameworks={frameworks}
        status={status}
        siteUrl={siteUrl}
        siteUrlUnset={siteUrlUnset}
        compare={compareLink(payload.config.routes.admin, framework, frameworks)}
        opened={opened}
        {...words}
      />
      <StatusFilter
        year={framework.year}
        division={division}
        divisions={divisions}
        organisation={asked === undefined ? undefined : organisation}
        api={`${payload.config.routes.api}/oit/${framework.year}/export`}
        t={t}
      />
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
        return items.length ? (
          <IndicatorTable key={indicator.code} indicator={indicator} items={items} date={date} {...words} />
        ) : null
      })}
    </AdminViewFrame>
  )
}

/** An organisation's name as the plugin's `organisations.describe` gives it (its id without one). */
async function organisationCard(req: PayloadRequest, organisation: number | string) {
  const describe = (req.payload.config.custom.oit as OitCustomConfig).organisations?.describe
  const card = describe ? (await describe(req, [organisation]))[0] : undefined
  return { id: organisation, name: card?.name ?? String(organisation) }
}

/**
 * What changed since the year before this one (or toward the next, for the oldest). Only
 * between years that have a framework: a guide is the year it stands in for.
 */
function compareLink(adminRoute: string, framework: Framework, frameworks: Framework[]): string | undefined {
  const real = frameworks.filter((f) => !f.guideFrom)
  const other = framework.guideFrom
    ? undefined
    : (real.find((f) => f.year < framework.year) ?? [...real].reverse().find((f) => f.year > framework.year))
  return other
    ? `${adminRoute}/oit-compare?from=${Math.min(other.year, framework.year)}&to=${Math.max(other.year, framework.year)}`
    : undefined
}
