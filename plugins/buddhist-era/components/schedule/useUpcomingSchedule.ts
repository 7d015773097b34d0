'use client'
import type { Column } from 'payload'

import { toast, useConfig, useDocumentInfo, useServerFunctions, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { upcomingColumns, type UpcomingEvent } from './upcomingColumns'

/** The server function's answer: Payload's handler and ours say a refusal as `{ error }`. */
export const refusal = (result: unknown) =>
  result && typeof result === 'object' && 'error' in result && result.error ? String(result.error) : null

/**
 * The document's publications already scheduled (read once the dialog opens, and again by
 * `refresh`), with the table's columns; a row's delete button cancels its job.
 */
export function useUpcomingSchedule() {
  const {
    config: {
      admin: {
        dateFormat,
        timezones: { supportedTimezones },
      },
      localization,
    },
  } = useConfig()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { i18n, t } = useTranslation()
  const { getUpcomingScheduledPublish, schedulePublish } = useServerFunctions()
  const [upcoming, setUpcoming] = React.useState<UpcomingEvent[]>()
  const [columns, setColumns] = React.useState<Column[]>()

  const deleteRef = React.useRef<(jobID: number | string) => Promise<void>>(async () => {})

  const refresh = React.useCallback(async () => {
    const docs = (await getUpcomingScheduledPublish({ id, collectionSlug, globalSlug })) as UpcomingEvent[]
    setColumns(
      upcomingColumns({
        dateFormat,
        deleteHandler: (jobID) => void deleteRef.current(jobID),
        docs,
        i18n,
        localization,
        supportedTimezones,
        t,
      }),
    )
    setUpcoming(docs)
  }, [collectionSlug, globalSlug, getUpcomingScheduledPublish, i18n, dateFormat, localization, supportedTimezones, t, id])

  deleteRef.current = async (jobID) => {
    try {
      const problem = refusal(await schedulePublish({ deleteID: jobID }))
      if (problem) {
        toast.error(problem)
        return
      }
      await refresh()
      toast.success(t('general:deletedSuccessfully'))
    } catch (err) {
      toast.error((err as Error).message)
    }
  }

  React.useEffect(() => {
    if (!upcoming) void refresh()
  }, [upcoming, refresh])

  return { upcoming, columns, refresh }
}
