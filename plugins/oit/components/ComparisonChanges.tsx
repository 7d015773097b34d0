/** The changes of one correspondence of a comparison, as a short list (server component). */
import React from 'react'

import type { Changes } from '../compare/compareFrameworks'
import type { OitKey } from '../translations'

const LEVEL_KEYS = { required: 'levelRequired', recommended: 'levelRecommended', info: 'levelInfo' } as const

export function ComparisonChanges({
  changes,
  language,
  t,
  provisionalTo = false,
}: {
  changes: Changes
  language: 'en' | 'th'
  t: (key: OitKey) => string
  /** The newer year is provisional: what it lacks may only be what its sources did not say. */
  provisionalTo?: boolean
}) {
  const lines: React.ReactNode[] = []
  if (changes.componentsAdded.length)
    lines.push(
      <>
        <strong>{t('componentsAdded')}:</strong> {changes.componentsAdded.map((c) => c.label[language]).join(', ')}
      </>,
    )
  if (changes.componentsRemoved.length)
    lines.push(
      <>
        <strong>{t(provisionalTo ? 'componentsNotInProvisional' : 'componentsRemoved')}:</strong>{' '}
        {changes.componentsRemoved.map((c) => c.label[language]).join(', ')}
      </>,
    )
  if (changes.levelChanged.length)
    lines.push(
      <>
        <strong>{t('levelChanged')}:</strong>{' '}
        {changes.levelChanged
          .map((c) => `${c.label[language]} (${t(LEVEL_KEYS[c.from])} → ${t(LEVEL_KEYS[c.to])})`)
          .join(', ')}
      </>,
    )
  if (changes.window)
    lines.push(
      <>
        <strong>{t('windowMoved')}:</strong> {changes.window.from.map((w) => w.label[language]).join(', ')} →{' '}
        {changes.window.to.map((w) => w.label[language]).join(', ')}
      </>,
    )
  if (changes.minimum)
    lines.push(
      <>
        <strong>{t('minimumChanged')}:</strong> {changes.minimum.from.join(', ')} → {changes.minimum.to.join(', ')}
      </>,
    )
  if (changes.declaredNone)
    lines.push(t(changes.declaredNone === 'added' ? 'declaredNoneAdded' : 'declaredNoneRemoved'))
  if (lines.length === 0) return <span style={{ opacity: 0.7 }}>{t('unchanged')}</span>
  return (
    <ul className="oit-compare-changes" style={{ margin: 0, paddingLeft: 16 }}>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  )
}
