/** The items of one indicator, one row each: status, documents, what an assessor would find, division, dates (server component). */
import React from 'react'

import type { ItemStatus } from '../../status/types'
import { ReasonItems } from '../ReasonItems'
import { StatusBadge } from '../StatusBadge'
import type { StatusWords } from './words'

type Words = StatusWords & { date: (iso: string) => string }

export function IndicatorTable({
  indicator,
  items,
  ...words
}: Words & { indicator: { code: string; title: { th: string; en: string } }; items: ItemStatus[] }) {
  const { language, t } = words
  return (
    <section style={{ marginBottom: 24 }}>
      <h2>
        {indicator.code} {indicator.title[language]}
      </h2>
      {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways. */}
      <div className="oit-table-scroll" style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table className="oit-status-table" style={{ width: '100%', minWidth: 720, borderCollapse: 'collapse' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th>{t('item')}</th>
              <th>{t('status')}</th>
              <th>{t('documents')}</th>
              <th>{t('why')}</th>
              <th>{t('division')}</th>
              <th>{t('lastPublished')}</th>
              <th>{t('nextDue')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ItemRow key={item.code} item={item} {...words} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function ItemRow({ item, language, t, date }: Words & { item: ItemStatus }) {
  return (
    <tr id={`item-${item.code}`} style={{ borderTop: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }}>
      <td style={{ padding: '6px 8px 6px 0' }}>
        <a href={item.adminUrl}>
          {item.code} {item.title[language]}
        </a>
      </td>
      <td style={{ padding: 6 }}>
        <StatusBadge status={item.status} language={language} />
      </td>
      <td style={{ padding: 6 }}>
        {item.counted}/{item.minimum}
      </td>
      <td style={{ padding: 6 }}>
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          <ReasonItems reasons={[...item.reasons, ...item.warnings]} language={language} />
        </ul>
      </td>
      <td style={{ padding: 6 }}>{item.division.name ?? item.division.code}</td>
      <td style={{ padding: 6, whiteSpace: 'nowrap' }}>{item.lastPublishedAt ? date(item.lastPublishedAt) : '—'}</td>
      <td style={{ padding: 6 }}>
        {item.nextDue ? (
          <>
            {item.nextDue.overdue ? (
              <strong className="oit-overdue" style={{ color: 'var(--theme-error-500, #c0392b)' }}>
                {t('overdue')}{' '}
              </strong>
            ) : null}
            {`${date(item.nextDue.date)} · ${item.nextDue.what[language]}`}
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  )
}
