'use client'
/**
 * What makes Payload's date picker (react-datepicker) read and show dates as people here
 * do, for a date field (EraDateField) or any other picker in the admin (EraDatePicker):
 * a header with Buddhist-era years, an era display pattern, the admin's (patched) locale,
 * typed Thai text read by our parser, Thai words where react-datepicker has English ones
 * ("Time", "Choose …", "Not available"), and the problem with typed text once it is left.
 */
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { BuddhistEraKey } from '../translations'
import { PICKER_PATTERNS, toEraPattern } from '../locale/eraYears'
import type { DateInputProblem } from '../parse/thaiDateInput'
import { eraCalendarHeader } from './EraCalendarHeader'
import { type TypedPrecision, typedDateHandler } from './typedDate'

/** Appearances whose typed text our parser reads (a day, a month, a day with a time). */
const TYPED_PRECISION: Record<string, TypedPrecision> = {
  default: 'day',
  dayOnly: 'day',
  monthOnly: 'month',
  dayAndTime: 'minute',
}

export interface EraPickerOptions {
  /** Payload's `pickerAppearance`. @default 'default' */
  appearance?: string
  /** The picker's pattern; year tokens become `yo`. @default Payload's for the appearance */
  displayFormat?: string
  /** The time list's pattern. @default 'HH:mm' in a Buddhist-era language, else Payload's */
  timeFormat?: string
  /** Admin languages with Buddhist-era years. @default ['th'] */
  buddhistLanguages?: string[]
  /** Extra react-datepicker props, kept (ours win where both set one). */
  overrides?: Record<string, unknown>
}

export interface EraPicker {
  displayFormat: string
  /** react-datepicker props to give the picker (Payload's `overrides`). */
  overrides: Record<string, unknown>
  /** For the element around the picker: the problem shows once the editor leaves the field. */
  onBlur: () => void
  /** The problem with what was typed, to show under the picker, or null. */
  problem: React.ReactNode
}

export function useEraPicker(options: EraPickerOptions): EraPicker {
  const { i18n, t } = useTranslation()
  const appearance = options.appearance ?? 'default'
  const buddhist = (options.buddhistLanguages ?? ['th']).includes(i18n.language)
  const monthOnly = appearance === 'monthOnly'
  // Keyed on the language, not on `t`: a new header or calendar container would remount the calendar.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const label = React.useCallback((key: BuddhistEraKey) => t(`plugin-buddhist-era:${key}` as never), [i18n.language])

  const header = React.useMemo(
    () =>
      eraCalendarHeader({
        buddhist,
        language: i18n.language,
        monthOnly,
        labels: {
          month: label('month'),
          year: label('year'),
          yearPrefix: label('yearPrefix'),
          previousMonth: label('previousMonth'),
          nextMonth: label('nextMonth'),
          previousYear: label('previousYear'),
          nextYear: label('nextYear'),
        },
      }),
    [buddhist, i18n.language, monthOnly, label],
  )

  // react-datepicker names its calendar "Choose Date and Time" whatever the language.
  const container = React.useMemo(() => {
    function EraCalendarContainer(props: {
      className?: string
      children?: React.ReactNode
      showTime?: boolean
      showTimeSelectOnly?: boolean
    }) {
      const name = props.showTimeSelectOnly ? 'chooseTime' : props.showTime ? 'chooseDateTime' : 'chooseDate'
      return (
        <div aria-label={label(name)} aria-modal="true" className={props.className} role="dialog">
          {props.children}
        </div>
      )
    }
    return EraCalendarContainer
  }, [label])

  // Typed text that is not a date the field takes: shown under it once the editor leaves it.
  const [problem, setProblem] = React.useState<{ kind: DateInputProblem; text: string } | null>(null)
  const [left, setLeft] = React.useState(false)
  const precision = TYPED_PRECISION[appearance]
  const onChangeRaw = React.useMemo(
    () =>
      precision
        ? typedDateHandler(precision, (kind, text) => {
            setLeft(false)
            setProblem(kind ? { kind, text } : null)
          })
        : undefined,
    [precision],
  )

  const timeFormat = options.timeFormat ?? (buddhist ? 'HH:mm' : undefined)
  const overrides = React.useMemo(
    () => ({
      ...options.overrides,
      renderCustomHeader: header,
      calendarContainer: container,
      timeCaption: label('time'),
      chooseDayAriaLabelPrefix: label('choose'),
      disabledDayAriaLabelPrefix: label('notAvailable'),
      monthAriaLabelPrefix: label('month'),
      ...(timeFormat ? { timeFormat } : {}),
      ...(onChangeRaw ? { onChangeRaw } : {}),
      // The picker's own locale is set in an effect after its first render, so the input
      // would keep showing English and CE: hand it the admin's (patched) locale.
      ...(i18n.dateFNS ? { locale: i18n.dateFNS } : {}),
    }),
    [options.overrides, header, container, label, timeFormat, onChangeRaw, i18n.dateFNS],
  )

  return {
    displayFormat: toEraPattern(options.displayFormat ?? PICKER_PATTERNS[appearance] ?? PICKER_PATTERNS.default!),
    overrides,
    onBlur: () => setLeft(true),
    problem:
      problem && left ? (
        <p className="era-date-field__problem" role="alert" style={{ color: 'var(--theme-error-500)', margin: '4px 0 0' }}>
          {`“${problem.text}”: ${label(problem.kind)}`}
        </p>
      ) : null,
  }
}
