'use client'
/**
 * The schedule dialog's list of what is already scheduled: Payload's columns (3.90.2,
 * ScheduleDrawer/buildUpcomingColumns, not exported). The time is the config's
 * `dateFormat` (Buddhist-era in Thai: see the plugin) on the clock of the job's time zone.
 */
import type { ClientTranslationKeys, I18nClient, TFunction } from '@payloadcms/translations'
import type { ClientConfig, Column } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { Button, Pill } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React from 'react'

export type UpcomingEvent = {
  id: number | string
  input: { locale?: string; timezone?: string; type: 'publish' | 'unpublish' }
  waitUntil: string
}

type Args = {
  dateFormat: string
  deleteHandler: (id: number | string) => void
  docs: UpcomingEvent[]
  i18n: I18nClient
  localization: ClientConfig['localization']
  supportedTimezones: ClientConfig['admin']['timezones']['supportedTimezones']
  t: TFunction<ClientTranslationKeys>
}

const textField = (name: string) => ({ name, type: 'text' as const })

export function upcomingColumns({ dateFormat, deleteHandler, docs, i18n, localization, supportedTimezones, t }: Args): Column[] {
  const columns: Column[] = [
    {
      accessor: 'input.type',
      active: true,
      field: textField(''),
      Heading: <span>{t('version:type')}</span>,
      renderedCells: docs.map((doc) => (
        <Pill key={doc.id} pillStyle={doc.input?.type === 'publish' ? 'success' : 'warning'} size="small">
          {t(`version:${doc.input?.type === 'publish' ? 'publish' : 'unpublish'}`)}
        </Pill>
      )),
    },
    {
      accessor: 'waitUntil',
      active: true,
      field: { name: '', type: 'date' },
      Heading: <span>{t('general:time')}</span>,
      renderedCells: docs.map((doc) => (
        <span key={doc.id}>
          {formatDate({ date: doc.waitUntil, i18n, pattern: dateFormat, timezone: doc.input.timezone })}
        </span>
      )),
    },
    {
      accessor: 'input.timezone',
      active: true,
      field: textField(''),
      Heading: <span>{t('general:timezone')}</span>,
      renderedCells: docs.map((doc) => {
        const zone = supportedTimezones.find((z) => z.value === doc.input.timezone)
        return <span key={doc.id}>{zone?.label || doc.input.timezone || t('general:noValue')}</span>
      }),
    },
  ]
  if (localization) {
    columns.push({
      accessor: 'input.locale',
      active: true,
      field: textField(''),
      Heading: <span>{t('general:locale')}</span>,
      renderedCells: docs.map((doc) => {
        const found = doc.input.locale ? localization.locales.find((l) => l.code === doc.input.locale) : undefined
        return <span key={doc.id}>{found ? getTranslation(found.label, i18n) : t('general:all')}</span>
      }),
    })
  }
  columns.push({
    accessor: 'delete',
    active: true,
    field: textField('delete'),
    Heading: <span>{t('general:delete')}</span>,
    renderedCells: docs.map((doc) => (
      <Button
        buttonStyle="icon-label"
        className="schedule-publish__delete"
        icon="x"
        key={doc.id}
        onClick={(e: React.MouseEvent) => {
          e.preventDefault()
          deleteHandler(doc.id)
        }}
        tooltip={t('general:delete')}
      />
    )),
  })
  return columns
}
