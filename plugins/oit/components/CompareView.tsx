/**
 * Admin view /admin/oit-compare (server component): what changes between two ITA years,
 * one row per category (the kind of data an item asks for), and then, for each item of
 * the newer year, what the organisation already has and what it must still prepare.
 * The years are picked with a GET form: works without JavaScript.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { BANGKOK_TIME_ZONE, formatThaiDate } from '../../../src/lib/thai-calendar'
import { compareFrameworks, type Correspondence, type Relation, type YearRef } from '../compare/compareFrameworks'
import { prepareForYear } from '../compare/prepareForYear'
import type { OitKey } from '../translations'
import type { OitCustomConfig } from '../types'
import { siteUrlFor } from '../status/siteUrlFor'
import { ComparisonChanges } from './ComparisonChanges'
import { ProvisionalBadge } from './ProvisionalBadge'
import { ReasonItems } from './ReasonItems'
import { StatusBadge } from './StatusBadge'

const RELATION_KEYS: Record<Relation, OitKey> = {
  same: 'relationSame',
  merged: 'relationMerged',
  split: 'relationSplit',
  regrouped: 'relationRegrouped',
  added: 'relationAdded',
  removed: 'relationRemoved',
}

const RELATION_COLOURS: Record<Relation, string> = {
  same: 'var(--theme-elevation-100)',
  merged: 'var(--theme-success-100)',
  split: 'var(--theme-success-100)',
  regrouped: 'var(--theme-success-100)',
  added: 'var(--theme-warning-100)',
  removed: 'var(--theme-error-100)',
}

// English dates in the Buddhist era too: the dates people compare with are all BE.
const englishBe = new Intl.DateTimeFormat('en-GB-u-ca-buddhist', {
  timeZone: BANGKOK_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

const cell: React.CSSProperties = { padding: 6, verticalAlign: 'top' }

export async function CompareView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  if (!req.user) redirect(`${payload.config.routes.admin}/login`)
  const custom = payload.config.custom.oit as OitCustomConfig
  const frameworks = [...custom.frameworks].sort((a, b) => b.year - a.year)
  const language = req.i18n.language === 'th' ? 'th' : 'en'
  const t = (key: OitKey) => req.i18n.t(`oit:${key}` as never)
  const date = (iso: string) =>
    language === 'th' ? formatThaiDate(iso, { style: 'short' }) : englishBe.format(new Date(iso))
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

  const collections = payload.collections as Record<string, { config: { labels?: { plural?: unknown } } } | undefined>
  const collectionLabel = (slug: string) => {
    const label = collections[slug]?.config.labels?.plural
    return label ? getTranslation(label as never, req.i18n as never) : slug
  }
  const codes = (items: { code: string; title: { th: string; en: string } }[]) =>
    items.length ? (
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {items.map((i) => (
          <li key={i.code}>
            <strong>{i.code}</strong> {i.title[language]}
          </li>
        ))}
      </ul>
    ) : (
      '—'
    )
  // A provisional year is inferred, not the NACC's text: an item missing from it is not
  // known to be removed, so it is said so in a neutral colour.
  const unsure = (value: Relation) => value === 'removed' && Boolean(to?.provisional)
  const relation = (value: Relation) => (
    <span
      className={`oit-relation oit-relation--${unsure(value) ? 'not-in-provisional' : value}`}
      style={{
        background: unsure(value) ? RELATION_COLOURS.same : RELATION_COLOURS[value],
        borderRadius: 4,
        padding: '2px 8px',
        whiteSpace: 'nowrap',
      }}
    >
      {t(unsure(value) ? 'relationNotInProvisional' : RELATION_KEYS[value])}
    </span>
  )
  const changesOf = (entry: Correspondence) =>
    entry.changes ? (
      <ComparisonChanges changes={entry.changes} language={language} t={t} provisionalTo={Boolean(to?.provisional)} />
    ) : (
      '—'
    )
  const yearTitle = (year: YearRef) => (
    <>
      ITA {year.year}{' '}
      {year.provisional ? <ProvisionalBadge label={t('provisional')} note={t('provisionalNote')} /> : null}
    </>
  )

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
        <h1 style={{ marginTop: 24 }}>{t('compareTitle')}</h1>
        <p>
          <a href={`${payload.config.routes.admin}/oit-status${to ? `?year=${to.year}` : ''}`}>{t('statusTitle')}</a>
        </p>
        {frameworks.length < 2 ? (
          <p>{t('compareNeedsTwoYears')}</p>
        ) : (
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
        )}
        {frameworks.length >= 2 && !comparison ? <p role="alert">{t('compareDifferentYears')}</p> : null}
        {comparison ? (
          <>
            <h2>
              {yearTitle(comparison.from)} → {yearTitle(comparison.to)}
            </h2>
            <p className="oit-compare-summary" style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
              <strong>
                {comparison.summary.categories} {t('categories')} · {comparison.summary.items.from} →{' '}
                {comparison.summary.items.to} {t('item')}
              </strong>
              {(Object.keys(RELATION_KEYS) as Relation[])
                .filter((r) => comparison.summary.relations[r] > 0)
                .map((r) => (
                  <span key={r}>
                    {relation(r)} {comparison.summary.relations[r]}
                  </span>
                ))}
              <span>
                {t('componentsAdded')} {comparison.summary.componentsAdded} ·{' '}
                {t(comparison.to.provisional ? 'componentsNotInProvisional' : 'componentsRemoved')}{' '}
                {comparison.summary.componentsRemoved} · {t('windowMoved')} {comparison.summary.windowsMoved}
              </span>
            </p>
            {/* On a phone each table scrolls inside its own box; the page never scrolls sideways. */}
            <div className="oit-table-scroll" style={{ overflowX: 'auto', maxWidth: '100%' }}>
            <table className="oit-compare-table" style={{ width: '100%', minWidth: 720, borderCollapse: 'collapse' }}>
              <thead>
                <tr style={{ textAlign: 'left' }}>
                  <th>{t('category')}</th>
                  <th>
                    {t('itemsBefore')} (ITA {comparison.from.year})
                  </th>
                  <th>
                    {t('itemsAfter')} (ITA {comparison.to.year})
                  </th>
                  <th>{t('relation')}</th>
                  <th>{t('changes')}</th>
                </tr>
              </thead>
              {comparison.categories.map((category) => (
                <tbody
                  key={category.category.key}
                  id={`category-${category.category.key}`}
                  style={{ borderTop: '1px solid var(--theme-elevation-150)' }}
                >
                  <tr>
                    <td style={cell} rowSpan={1 + (category.groups?.length ?? 0)}>
                      {category.category.label?.[language] ?? collectionLabel(category.category.collection)}
                      <br />
                      <code style={{ fontSize: '0.8em', opacity: 0.7 }}>{category.category.key}</code>
                    </td>
                    <td style={cell}>{codes(category.from)}</td>
                    <td style={cell}>{codes(category.to)}</td>
                    <td style={cell}>{relation(category.relation)}</td>
                    <td style={cell}>{changesOf(category)}</td>
                  </tr>
                  {(category.groups ?? []).map((group, index) => (
                    <tr key={index} className="oit-compare-group" style={{ fontSize: '0.9em' }}>
                      <td style={{ ...cell, paddingLeft: 24 }}>
                        <div style={{ display: 'flex', gap: 4 }}>
                          <span aria-hidden>↳</span>
                          {codes(group.from)}
                        </div>
                      </td>
                      <td style={cell}>{codes(group.to)}</td>
                      <td style={cell}>{relation(group.relation)}</td>
                      <td style={cell}>{changesOf(group)}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
            </div>
          </>
        ) : null}
        {comparison && organisation ? (
          <section style={{ marginTop: 32 }}>
            <h2 id="prepare">
              {t('prepareFor')} {yearTitle(comparison.to)}
            </h2>
            <p>
              <strong>
                {t('ready')}: {organisation.ready}/{organisation.total}
              </strong>
            </p>
            <div className="oit-table-scroll" style={{ overflowX: 'auto', maxWidth: '100%' }}>
            <table className="oit-prepare-table" style={{ width: '100%', minWidth: 720, borderCollapse: 'collapse' }}>
              <thead>
                <tr style={{ textAlign: 'left' }}>
                  <th>{t('item')}</th>
                  <th>{t('status')}</th>
                  <th>{t('was')}</th>
                  <th>{t('servingDocuments')}</th>
                  <th>{t('toPrepare')}</th>
                  <th>{t('nextDue')}</th>
                </tr>
              </thead>
              <tbody>
                {organisation.items.map((item) => (
                  <tr
                    key={item.code}
                    id={`prepare-${item.code}`}
                    style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
                  >
                    <td style={cell}>
                      <a href={item.adminUrl}>
                        {item.code} {item.title[language]}
                      </a>
                    </td>
                    <td style={cell}>
                      <StatusBadge status={item.status} language={language} />
                    </td>
                    <td style={cell}>
                      {item.was.length ? item.was.map((w) => w.code).join(', ') : t('newThisYear')}
                      {item.was.length && item.relation !== 'same' ? <> ({t(RELATION_KEYS[item.relation])})</> : null}
                    </td>
                    <td style={cell}>
                      {item.documents.length ? (
                        <ul style={{ margin: 0, paddingLeft: 16 }}>
                          {item.documents.map((doc) => (
                            <li key={`${doc.collection}-${doc.id}`}>
                              <a href={doc.adminUrl}>{doc.title}</a>
                              {doc.updatedAt ? (
                                <span style={{ opacity: 0.7 }}>
                                  {' '}
                                  · {t('updated')} {date(doc.updatedAt)}
                                </span>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td style={cell}>
                      <ul style={{ margin: 0, paddingLeft: 16 }}>
                        {item.ready && item.toPrepare.length === 0 ? <li>{t('ready')}</li> : null}
                        {item.newComponents.length ? (
                          <li>
                            <strong>{t('newThisYear')}:</strong>{' '}
                            {item.newComponents.map((c) => c.label[language]).join(', ')}
                          </li>
                        ) : null}
                        {item.windowMoved ? (
                          <li>
                            <strong>{t('windowMoved')}:</strong>{' '}
                            {item.windowMoved.to.map((w) => w.label[language]).join(', ')}
                          </li>
                        ) : null}
                        <ReasonItems reasons={[...item.toPrepare, ...item.warnings]} language={language} />
                      </ul>
                    </td>
                    <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                      {item.nextDue
                        ? `${item.nextDue.overdue ? `${t('overdue')} ` : ''}${date(item.nextDue.date)} · ${item.nextDue.what[language]}`
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </section>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
