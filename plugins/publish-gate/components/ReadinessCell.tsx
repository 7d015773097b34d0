'use client'
/** List-view cell for the stored readiness: a coloured badge, in the admin's language. */
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { fromPayloadT } from '../translations'

export const ReadinessCell = ({ cellData }: DefaultCellComponentProps) => {
  const t = fromPayloadT(useTranslation().t as never)
  if (cellData !== 'ready' && cellData !== 'incomplete') return <span>—</span>
  const ready = cellData === 'ready'
  return (
    <span
      className={`readiness-cell readiness-cell--${cellData}`}
      style={{
        background: ready ? 'var(--theme-success-100, #e6f4ea)' : 'var(--theme-error-100, #fdecea)',
        borderRadius: 3,
        color: ready ? 'var(--theme-success-750, #22543d)' : 'var(--theme-error-750, #822727)',
        padding: '2px 6px',
        whiteSpace: 'nowrap',
      }}
    >
      {t(ready ? 'cellReady' : 'cellIncomplete')}
    </span>
  )
}
