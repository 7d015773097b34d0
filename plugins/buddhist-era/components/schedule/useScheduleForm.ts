'use client'
import { toast, useConfig, useDocumentInfo, useServerFunctions, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { refusal } from './useUpcomingSchedule'
import { fromLocalWallClock, toLocalWallClock } from './wallClock'

export type PublishType = 'publish' | 'unpublish'

export type LocaleOption = { label: string; value: string }

export const ALL_LOCALES = 'all'

/**
 * The schedule form's state (type, moment, time zone, locale) and its save: Payload's
 * `schedule-publish` server function call; `onSaved` runs after a scheduled save.
 */
export function useScheduleForm(defaultType: PublishType | undefined, onSaved: () => Promise<void>) {
  const {
    config: {
      admin: {
        timezones: { defaultTimezone },
      },
    },
  } = useConfig()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { t } = useTranslation()
  const { schedulePublish } = useServerFunctions()
  const [type, setType] = React.useState<PublishType>(defaultType ?? 'publish')
  /** The chosen instant (on the chosen zone's clock). */
  const [date, setDate] = React.useState<Date>()
  const [timezone, setTimezone] = React.useState<string>(defaultTimezone ?? '')
  const [locale, setLocale] = React.useState<LocaleOption>({ label: t('general:all'), value: ALL_LOCALES })
  const [processing, setProcessing] = React.useState(false)

  const save = async () => {
    if (!date) {
      toast.error(t('general:noDateSelected'))
      return
    }
    setProcessing(true)
    try {
      const problem = refusal(
        await schedulePublish({
          type,
          date,
          doc: collectionSlug ? { relationTo: collectionSlug, value: String(id) } : undefined,
          global: globalSlug || undefined,
          localeToPublish: type === 'publish' && locale.value !== ALL_LOCALES ? locale.value : undefined,
          timezone,
        }),
      )
      if (problem) toast.error(problem)
      else {
        setDate(undefined)
        toast.success(t('version:scheduledSuccessfully'))
        void onSaved()
      }
    } catch (err) {
      toast.error((err as Error).message)
    }
    setProcessing(false)
  }

  // The picker shows this browser's clock: show it what the chosen zone's clock reads.
  const shown = date && timezone ? toLocalWallClock(date, timezone) : date
  const onChangeDate = (picked: Date | null) =>
    setDate(picked ? (timezone ? fromLocalWallClock(picked, timezone) : picked) : undefined)

  return { type, setType, shown, onChangeDate, timezone, setTimezone, locale, setLocale, processing, save }
}
