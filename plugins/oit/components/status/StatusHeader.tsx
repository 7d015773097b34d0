/** The status view's head: title, a warning when the site address is unknown, the guide note, the year links (server component). */
import React from 'react'

import type { Framework } from '../../framework/schema'
import type { YearStatus } from '../../status/types'
import type { StatusWords } from './words'

export function StatusHeader({
  framework,
  frameworks,
  status,
  siteUrl,
  siteUrlUnset,
  compare,
  opened,
  language,
  t,
}: StatusWords & {
  framework: Framework
  frameworks: Framework[]
  status: YearStatus
  siteUrl: string
  /** Links that leave the app are only as good as the address they are built on. */
  siteUrlUnset: boolean
  /** The compare view, between this year and the one before (or after). */
  compare?: string
  /** The organisation the view was opened on by name (from the view across organisations): named, and kept by the year links. */
  opened?: { id: number | string; name: string }
}) {
  const keep = opened ? `&organisation=${encodeURIComponent(String(opened.id))}` : ''
  return (
    <>
      <h1 style={{ marginTop: 24 }}>
        {t('statusTitle')} · ITA {framework.year}
        {status.provisional ? ` (${t('provisional')})` : ''}
      </h1>
      {opened ? <p className="oit-status-organisation" style={{ fontWeight: 600 }}>{opened.name}</p> : null}
      {siteUrlUnset ? (
        <p
          role="alert"
          className="oit-site-url-warning"
          style={{ border: '1px solid var(--theme-warning-500)', background: 'var(--theme-warning-100)', padding: '8px 12px', borderRadius: 4 }}
        >
          ⚠ {t('siteUrlUnset')} {t('siteUrlNow')}: <code>{siteUrl || '—'}</code>
        </p>
      ) : null}
      {status.note ? (
        <p className="oit-year-note" style={{ fontWeight: 600 }}>
          {status.note[language]}
        </p>
      ) : null}
      <nav aria-label={t('year')} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, margin: '8px 0' }}>
        <strong>{t('year')}:</strong>
        {frameworks.map((f) => (
          <a key={f.year} href={`?year=${f.year}${keep}`} aria-current={f.year === framework.year ? 'page' : undefined}>
            ITA {f.year}
          </a>
        ))}
        {compare ? (
          <a href={compare} className="oit-compare-link" style={{ marginLeft: 'auto' }}>
            {t('compareLink')}
          </a>
        ) : null}
      </nav>
    </>
  )
}
