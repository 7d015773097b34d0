import React from 'react'

import { STATUS_LABELS } from '../status/statusLabels'
import type { ItemStatusName } from '../status/types'
import { STATUS_COLOURS } from './statusStyle'
import { textLanguage } from './textLanguage'

/** An item's status as a coloured badge, in the admin's language (the plugin's translations). */
export function StatusBadge({ status, language }: { status: ItemStatusName; language: string }) {
  const label = STATUS_LABELS[status][textLanguage(language)]
  return (
    <span
      className={`oit-status oit-status--${status}`}
      style={{ ...STATUS_COLOURS[status], borderRadius: 4, padding: '2px 8px', whiteSpace: 'nowrap', fontWeight: 600 }}
    >
      {label}
    </span>
  )
}
