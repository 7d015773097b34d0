import React from 'react'

import type { ItemStatusName } from '../status/types'
import { translations } from '../translations'
import { STATUS_COLOURS } from './statusStyle'
import { textLanguage } from './textLanguage'

/** An item's status as a coloured badge, in the admin's language (the plugin's translations). */
export function StatusBadge({ status, language }: { status: ItemStatusName; language: string }) {
  const label = translations[textLanguage(language)].oit[`status.${status}`]
  return (
    <span
      className={`oit-status oit-status--${status}`}
      style={{ ...STATUS_COLOURS[status], borderRadius: 4, padding: '2px 8px', whiteSpace: 'nowrap', fontWeight: 600 }}
    >
      {label}
    </span>
  )
}
