/** The first reasons and warnings of an item as list entries, each linking to the field to fix (server component). */
import React from 'react'

import type { Reason } from '../status/types'

export function ReasonItems({
  reasons,
  language,
  limit = 6,
}: {
  reasons: Reason[]
  language: 'en' | 'th'
  limit?: number
}) {
  return (
    <>
      {reasons.slice(0, limit).map((reason, index) => (
        <li key={index} style={{ opacity: reason.code === 'recommended-missing' ? 0.7 : 1 }}>
          {reason.document ? (
            <a href={`${reason.document.adminUrl}${reason.path ? `#field-${reason.path.replaceAll('.', '__')}` : ''}`}>
              {reason.message[language]}
            </a>
          ) : (
            reason.message[language]
          )}
        </li>
      ))}
    </>
  )
}
