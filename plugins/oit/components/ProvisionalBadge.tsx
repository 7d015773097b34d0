/** Marks a year whose framework is partly inferred (not the NACC's own checklist). */
import React from 'react'

export function ProvisionalBadge({ label, note }: { label: string; note: string }) {
  return (
    <span
      className="oit-provisional"
      title={note}
      style={{
        background: 'var(--theme-warning-100)',
        color: 'var(--theme-warning-800)',
        borderRadius: 4,
        padding: '2px 8px',
        fontSize: '0.8em',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        verticalAlign: 'middle',
      }}
    >
      {label}
    </span>
  )
}
