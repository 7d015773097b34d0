'use client'
import type { Column } from 'payload'

import { Banner, Gutter, ShimmerEffect, Table, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { UpcomingEvent } from './upcomingColumns'

/** The dialog's list of what is already scheduled: a shimmer while it loads, a note when empty. */
export function UpcomingEvents({
  baseClass,
  columns,
  upcoming,
}: {
  baseClass: string
  columns?: Column[]
  upcoming?: UpcomingEvent[]
}) {
  const { t } = useTranslation()
  return (
    <Gutter className={`${baseClass}__upcoming`}>
      <h4>{t('general:upcomingEvents')}</h4>
      {!upcoming && <ShimmerEffect />}
      {upcoming?.length === 0 && <Banner type="info">{t('general:noUpcomingEventsScheduled')}</Banner>}
      {upcoming && upcoming.length > 0 && columns && <Table appearance="condensed" columns={columns} data={upcoming} />}
    </Gutter>
  )
}
