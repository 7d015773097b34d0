/** For each item of the newer year: what the organisation already has and what it must still prepare (server component). */
import React from 'react'

import type { FrameworkComparison } from '../../compare/compareFrameworks'
import type { OrganisationPreparation, PreparedItem } from '../../compare/preparationOf'
import { ReasonItems } from '../ReasonItems'
import { StatusBadge } from '../StatusBadge'
import { cell, type CompareWords, RELATION_KEYS, YearTitle } from './parts'

type Words = CompareWords & {
  /** A date as the reader's language writes it. */
  date: (iso: string) => string
}

export function PreparationTable({
  comparison,
  organisation,
  ...words
}: Words & { comparison: FrameworkComparison; organisation: OrganisationPreparation }) {
  const { t } = words
  return (
    <section style={{ marginTop: 32 }}>
      <h2 id="prepare">
        {t('prepareFor')} <YearTitle year={comparison.to} t={t} />
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
              <PreparationRow key={item.code} item={item} {...words} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function PreparationRow({ item, language, t, date }: Words & { item: PreparedItem }) {
  return (
    <tr id={`prepare-${item.code}`} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
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
              <strong>{t('newThisYear')}:</strong> {item.newComponents.map((c) => c.label[language]).join(', ')}
            </li>
          ) : null}
          {item.windowMoved ? (
            <li>
              <strong>{t('windowMoved')}:</strong> {item.windowMoved.to.map((w) => w.label[language]).join(', ')}
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
  )
}
