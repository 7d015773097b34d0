/** What changes between two ITA years: a summary line, then one row per category (server component). */
import React from 'react'

import type { Correspondence, FrameworkComparison, Relation } from '../../compare/compareFrameworks'
import { ComparisonChanges } from '../ComparisonChanges'
import { cell, Codes, type CompareWords, RELATION_KEYS, RelationBadge, YearTitle } from './parts'

export function ComparisonTable({
  comparison,
  collectionLabel,
  language,
  t,
}: CompareWords & {
  comparison: FrameworkComparison
  /** The plural label of a collection, for a category without a label of its own. */
  collectionLabel: (slug: string) => string
}) {
  const provisionalTo = Boolean(comparison.to.provisional)
  const changesOf = (entry: Correspondence) =>
    entry.changes ? (
      <ComparisonChanges changes={entry.changes} language={language} t={t} provisionalTo={provisionalTo} />
    ) : (
      '—'
    )
  return (
    <>
      <h2>
        <YearTitle year={comparison.from} t={t} /> → <YearTitle year={comparison.to} t={t} />
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
              <RelationBadge value={r} provisionalTo={provisionalTo} t={t} /> {comparison.summary.relations[r]}
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
                <td style={cell}>
                  <Codes items={category.from} language={language} />
                </td>
                <td style={cell}>
                  <Codes items={category.to} language={language} />
                </td>
                <td style={cell}>
                  <RelationBadge value={category.relation} provisionalTo={provisionalTo} t={t} />
                </td>
                <td style={cell}>{changesOf(category)}</td>
              </tr>
              {(category.groups ?? []).map((group, index) => (
                <tr key={index} className="oit-compare-group" style={{ fontSize: '0.9em' }}>
                  <td style={{ ...cell, paddingLeft: 24 }}>
                    <div style={{ display: 'flex', gap: 4 }}>
                      <span aria-hidden>↳</span>
                      <Codes items={group.from} language={language} />
                    </div>
                  </td>
                  <td style={cell}>
                    <Codes items={group.to} language={language} />
                  </td>
                  <td style={cell}>
                    <RelationBadge value={group.relation} provisionalTo={provisionalTo} t={t} />
                  </td>
                  <td style={cell}>{changesOf(group)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  )
}
