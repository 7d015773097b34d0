import React from 'react'

import { STATUS_LABELS } from '../status/statusLabels'
import type { ItemStatusName } from '../status/types'
import { STATUS_COLOURS } from './statusStyle'

export function StatusBadge({ status, language }: { status: ItemStatusName; language: string }) {
  const label = STATUS_LABELS[status][language === 'th' ? 'th' : 'en']
  return (
    <span
      className={`oit-status oit-status--${status}`}
      style={{ ...STATUS_COLOURS[status], borderRadius: 4, padding: '2px 8px', whiteSpace: 'nowrap', fontWeight: 600 }}
    >
      {label}
    </span>
  )
}
