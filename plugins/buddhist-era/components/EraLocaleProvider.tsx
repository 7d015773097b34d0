'use client'
/** Loads the Buddhist-era locale patch in the browser before any admin date is formatted. */
import type React from 'react'

import '../locale/applyToAdmin'

export function EraLocaleProvider({ children }: { children: React.ReactNode }) {
  return children
}
