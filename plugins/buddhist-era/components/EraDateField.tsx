'use client'
/**
 * Payload's own date field, with a calendar header that shows and picks Buddhist-era
 * years where the admin language asks for them. The typed and displayed value use the
 * field's `yo` pattern (see locale/eraYears.ts); what is stored is the same instant.
 */
import type { DateFieldClientProps } from 'payload'

import { DateTimeField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { BuddhistEraKey } from '../translations'
import { PICKER_PATTERNS, toEraPattern } from '../locale/eraYears'
import type { DateInputProblem } from '../parse/thaiDateInput'
import { eraCalendarHeader } from './EraCalendarHeader'
import { typedDateHandler } from './typedDate'

/** Appearances whose typed text our parser reads (a day or a month, no time). */
const TYPED_PRECISION: Record<string, 'day' | 'month'> = { default: 'day', dayOnly: 'day', monthOnly: 'month' }

export function EraDateField(props: DateFieldClientProps & { buddhistLanguages?: string[] }) {
  const { i18n, t } = useTranslation()
  const date = props.field.admin?.date as
    { displayFormat?: string; overrides?: Record<string, unknown>; pickerAppearance?: string } | undefined
  const buddhist = (props.buddhistLanguages ?? ['th']).includes(i18n.language)
  const monthOnly = date?.pickerAppearance === 'monthOnly'
  const label = (key: BuddhistEraKey) => t(`buddhistEra:${key}` as never)
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [buddhist, i18n.language, monthOnly],
  )
  // Typed text that is not a date: shown under the field once the editor leaves it.
  const [problem, setProblem] = React.useState<{ kind: DateInputProblem; text: string } | null>(null)
  const [left, setLeft] = React.useState(false)
  const precision = TYPED_PRECISION[date?.pickerAppearance ?? 'default']
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
  const field = React.useMemo(
    () => ({
      ...props.field,
      admin: {
        ...props.field.admin,
        date: {
          ...date,
          displayFormat: date?.displayFormat ?? toEraPattern(PICKER_PATTERNS[date?.pickerAppearance ?? 'default']!),
          // The picker's own locale is set in an effect after its first render, so the
          // input would keep showing English and CE: hand it the admin's (patched) locale.
          overrides: {
            ...date?.overrides,
            renderCustomHeader: header,
            ...(onChangeRaw ? { onChangeRaw } : {}),
            ...(i18n.dateFNS ? { locale: i18n.dateFNS } : {}),
          },
        },
      },
    }),
    [props.field, date, header, i18n.dateFNS, onChangeRaw],
  )
  return (
    <div className="era-date-field" onBlur={() => setLeft(true)}>
      <DateTimeField {...props} field={field as never} />
      {problem && left ? (
        <p className="era-date-field__problem" role="alert" style={{ color: 'var(--theme-error-500)', margin: '4px 0 0' }}>
          {`“${problem.text}”: ${label(problem.kind)}`}
        </p>
      ) : null}
    </div>
  )
}
