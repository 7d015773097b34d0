/**
 * Admin view /admin/oit-compare (server component): what changes between two ITA years,
 * one row per category (the kind of data an item asks for), and then, for each item of
 * the newer year, what the organisation already has and what it must still prepare.
 * The years are picked with a GET form: works without JavaScript.
 *
 * This file is the shell (who may see it, which years, the data); what is shown is in
 * `compare/` (the form, the comparison, the preparation), each given its data and words.
 */
import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { redirect } from 'next/navigation'
import React from 'react'

import { AdminViewFrame } from '@prongsai/shared/AdminViewFrame'

import { BANGKOK_TIME_ZONE, formatThaiDate } from '@prongsai/shared/thai-calendar'
import { compareFrameworks } from '../compare/compareFrameworks'
import { prepareForYear } from '../compare/prepareForYear'
import type { OitKey } from '../translations'
import type { OitCustomConfig } from '../types'
import { siteUrlFor } from '../status/siteUrlFor'
import { CompareForm } from './compare/CompareForm'
import { ComparisonTable } from './compare/ComparisonTable'
import { PreparationTable } from './compare/PreparationTable'
import { type TextLanguage, textLanguage } from './textLanguage'

// English dates in the Buddhist era too: the dates people compare with are all BE.
const englishBe = new Intl.DateTimeFormat('en-GB-u-ca-buddhist', {
  timeZone: BANGKOK_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

const COMPARE_DATE: Record<TextLanguage, (iso: string) => string> = {
  th: (iso) => formatThaiDate(iso, { style: 'short' }),
  en: (iso) => englishBe.format(new Date(iso)),
}

export async function CompareView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  if (!req.user) redirect(`${payload.config.routes.admin}/login`)
  const custom = payload.config.custom.oit as OitCustomConfig
  const frameworks = [...custom.frameworks].sort((a, b) => b.year - a.year)
  const language = textLanguage(req.i18n.language)
  const t = (key: OitKey) => req.i18n.t(`plugin-oit:${key}` as never)
  const date = COMPARE_DATE[language]
  const pick = (name: string, fallback: number | undefined) => {
    const requested = Number(searchParams?.[name])
    return frameworks.find((f) => f.year === requested) ?? frameworks.find((f) => f.year === fallback)
  }
  // By default the two newest years, older → newer.
  const from = pick('from', frameworks[1]?.year)
  const to = pick('to', frameworks[0]?.year)
  const comparison = from && to && from !== to ? compareFrameworks(from, to) : undefined
  const organisation =
    comparison && to
      ? await prepareForYear({ payload, req, framework: to, frameworks, comparison, siteUrl: siteUrlFor(req) })
      : undefined
  const collectionLabel = (slug: string) => {
    const label = payload.collections[slug as CollectionSlug]?.config.labels?.plural
    return label ? getTranslation(label, req.i18n) : slug
  }

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1 style={{ marginTop: 24 }}>{t('compareTitle')}</h1>
      <p>
        <a href={`${payload.config.routes.admin}/oit-status${to ? `?year=${to.year}` : ''}`}>{t('statusTitle')}</a>
      </p>
      {frameworks.length < 2 ? (
        <p>{t('compareNeedsTwoYears')}</p>
      ) : (
        <CompareForm frameworks={frameworks} from={from} to={to} t={t} />
      )}
      {frameworks.length >= 2 && !comparison ? <p role="alert">{t('compareDifferentYears')}</p> : null}
      {comparison ? (
        <ComparisonTable comparison={comparison} collectionLabel={collectionLabel} language={language} t={t} />
      ) : null}
      {comparison && organisation ? (
        <PreparationTable comparison={comparison} organisation={organisation} language={language} t={t} date={date} />
      ) : null}
    </AdminViewFrame>
  )
}
