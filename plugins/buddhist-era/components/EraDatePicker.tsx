'use client'
/**
 * Payload's date picker outside a form field (a dialog's date, like "publish at …"), with
 * the same era picker as the date fields: Buddhist-era years in the header and the input,
 * Thai text typed the way offices write dates and times, Thai words.
 */
import { DatePicker } from '@payloadcms/ui'
import React from 'react'

import { useEraPicker } from './useEraPicker'

type PayloadPickerProps = React.ComponentProps<typeof DatePicker>

export type EraDatePickerProps = PayloadPickerProps & { buddhistLanguages?: string[] }

export function EraDatePicker({ buddhistLanguages, ...props }: EraDatePickerProps) {
  const picker = useEraPicker({
    appearance: props.pickerAppearance,
    displayFormat: props.displayFormat,
    timeFormat: props.timeFormat,
    buddhistLanguages,
    overrides: props.overrides as Record<string, unknown> | undefined,
  })
  return (
    <div className="era-date-picker" onBlur={picker.onBlur}>
      <DatePicker {...props} displayFormat={picker.displayFormat} overrides={picker.overrides as never} />
      {picker.problem}
    </div>
  )
}
