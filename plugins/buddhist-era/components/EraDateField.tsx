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
import { eraCalendarHeader } from './EraCalendarHeader'

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
            ...(i18n.dateFNS ? { locale: i18n.dateFNS } : {}),
          },
        },
      },
    }),
    [props.field, date, header, i18n.dateFNS],
  )
  return <DateTimeField {...props} field={field as never} />
}
