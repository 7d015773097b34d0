'use client'
/**
 * Payload's own date field, with the era picker (useEraPicker): a calendar header that
 * shows and picks Buddhist-era years where the admin language asks for them, Thai text
 * typed the way offices write dates. The typed and displayed value use the field's `yo`
 * pattern (see locale/eraYears.ts); what is stored is the same instant.
 */
import type { DateFieldClientProps } from 'payload'

import { DateTimeField } from '@payloadcms/ui'
import React from 'react'

import { useEraPicker } from './useEraPicker'

type PickerSettings = {
  displayFormat?: string
  overrides?: Record<string, unknown>
  pickerAppearance?: string
  timeFormat?: string
}

export function EraDateField(props: DateFieldClientProps & { buddhistLanguages?: string[] }) {
  const date = props.field.admin?.date as PickerSettings | undefined
  const picker = useEraPicker({
    appearance: date?.pickerAppearance,
    displayFormat: date?.displayFormat,
    timeFormat: date?.timeFormat,
    buddhistLanguages: props.buddhistLanguages,
    overrides: date?.overrides,
  })
  const field = React.useMemo(
    () => ({
      ...props.field,
      admin: {
        ...props.field.admin,
        date: { ...date, displayFormat: picker.displayFormat, overrides: picker.overrides },
      },
    }),
    [props.field, date, picker.displayFormat, picker.overrides],
  )
  return (
    <div className="era-date-field" onBlur={picker.onBlur}>
      <DateTimeField {...props} field={field as never} />
      {picker.problem}
    </div>
  )
}
