'use client'
/**
 * The fiscal year of a document whose date decides it (a สขร.1's month, a news item's
 * date): read-only, filled in as soon as the date is, so a required fiscal year never
 * blocks a save and the editor sees "ธันวาคม 2569 → 2570" before saving.
 */
import type { NumberFieldClientProps } from 'payload'

import { NumberField, useField, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { fiscalYearOf } from '@prongsai/shared/thai-calendar'

export function DerivedFiscalYear(props: NumberFieldClientProps & { from: string }) {
  const path = props.path ?? props.field.name
  const date = useFormFields(([fields]) => fields[props.from]?.value)
  const { setValue, value } = useField<number>({ path })
  React.useEffect(() => {
    if (!date) return
    let derived: number
    try {
      derived = fiscalYearOf(date as string)
    } catch {
      return
    }
    if (derived !== value) setValue(derived, true)
  }, [date, setValue, value])
  return <NumberField {...props} readOnly />
}
