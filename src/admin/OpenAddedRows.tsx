'use client'
/**
 * A row the editor has just added opens, and its first input takes the focus.
 *
 * Payload asks the server for a new row's state and marks it collapsed when the array has
 * `initCollapsed` (isRowCollapsed: no earlier state, no preference, so initCollapsed wins),
 * so "เพิ่ม รายการ" showed a grey placeholder and then a closed row, and the editor clicked
 * again and got a second row. Rows that were there when the document opened keep
 * `initCollapsed`; only rows added since open. Placed as the array's `afterInput`
 * (`collections/fields/collapsedRows.ts`).
 */
import type { Row } from 'payload'

import { useField, useForm } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

export function OpenAddedRows({ path }: { path: string }) {
  const { rows = [] } = useField<number>({ path })
  const { dispatchFields } = useForm()
  const known = useRef<Set<string> | null>(null)

  useEffect(() => {
    if (!known.current) {
      known.current = new Set(rows.map((row) => row.id))
      return
    }
    const added = rows.findIndex((row) => !known.current!.has(row.id) && !row.isLoading)
    if (added === -1) return
    for (const row of rows) if (!row.isLoading) known.current.add(row.id)
    if (!rows[added]!.collapsed) return
    const updatedRows: Row[] = rows.map((row, index) => (index === added ? { ...row, collapsed: false } : row))
    dispatchFields({ type: 'SET_ROW_COLLAPSED', path, updatedRows })
    requestAnimationFrame(() => {
      const element = document.getElementById(`${path.replace(/\./g, '__')}-row-${added}`)
      element?.querySelector<HTMLElement>('.collapsible__content input, .collapsible__content textarea')?.focus()
    })
  }, [rows, path, dispatchFields])

  return null
}
