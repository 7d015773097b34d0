/** Small presentational parts of the compare view (server components, no data of their own). */
import React from 'react'

import type { Relation, YearRef } from '../../compare/compareFrameworks'
import type { OitKey } from '../../translations'
import { ProvisionalBadge } from '../ProvisionalBadge'

/** What every part is given: the language, and the plugin's strings. */
export interface CompareWords {
  language: 'en' | 'th'
  t: (key: OitKey) => string
}

export const RELATION_KEYS: Record<Relation, OitKey> = {
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

export const cell: React.CSSProperties = { padding: 6, verticalAlign: 'top' }

/** Item codes and titles, as a list; a dash for none. */
export function Codes({ items, language }: { items: { code: string; title: { th: string; en: string } }[]; language: 'en' | 'th' }) {
  if (!items.length) return <>—</>
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {items.map((i) => (
        <li key={i.code}>
          <strong>{i.code}</strong> {i.title[language]}
        </li>
      ))}
    </ul>
  )
}

/**
 * How a category or item relates across the years. A provisional year is inferred, not the
 * NACC's text: an item missing from it is not known to be removed, so it is said so in a
 * neutral colour.
 */
export function RelationBadge({ value, provisionalTo, t }: { value: Relation; provisionalTo: boolean; t: CompareWords['t'] }) {
  const unsure = value === 'removed' && provisionalTo
  return (
    <span
      className={`oit-relation oit-relation--${unsure ? 'not-in-provisional' : value}`}
      style={{
        background: unsure ? RELATION_COLOURS.same : RELATION_COLOURS[value],
        borderRadius: 4,
        padding: '2px 8px',
        whiteSpace: 'nowrap',
      }}
    >
      {t(unsure ? 'relationNotInProvisional' : RELATION_KEYS[value])}
    </span>
  )
}

export function YearTitle({ year, t }: { year: YearRef; t: CompareWords['t'] }) {
  return (
    <>
      ITA {year.year}{' '}
      {year.provisional ? <ProvisionalBadge label={t('provisional')} note={t('provisionalNote')} /> : null}
    </>
  )
}
