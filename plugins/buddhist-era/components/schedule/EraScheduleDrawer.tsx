'use client'
/**
 * Payload's "schedule publish" dialog (3.90.2, elements/PublishButton/ScheduleDrawer), with
 * the era picker (EraDatePicker) for the moment: Buddhist-era years, Thai words, Thai text
 * typed the way offices write it ("15 ม.ค. 2570 10:30"). Payload builds its dialog around
 * its own date picker with no way to swap it, so the dialog is rebuilt here from Payload's
 * exported parts; it sends the same `schedule-publish` server function call.
 * Also unlike Payload's: a refusal the server function answers ({ error }) shows as an error.
 */
import type { Column, SchedulePublish } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import {
  Banner,
  Button,
  Drawer,
  FieldLabel,
  Gutter,
  ReactSelect,
  ShimmerEffect,
  Table,
  TimezonePicker,
  toast,
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useEditDepth,
  useModal,
  useServerFunctions,
  useTranslation,
  XIcon,
} from '@payloadcms/ui'
import { endOfToday, isToday, startOfDay } from 'date-fns'
import React from 'react'

import { EraDatePicker } from '../EraDatePicker'
import { upcomingColumns, type UpcomingEvent } from './upcomingColumns'
import { fromLocalWallClock, toLocalWallClock } from './wallClock'

const baseClass = 'schedule-publish'

type PublishType = 'publish' | 'unpublish'

type Props = {
  defaultType?: PublishType
  schedulePublishConfig?: SchedulePublish
  slug: string
  buddhistLanguages?: string[]
}

const ALL_LOCALES = 'all'

/** The server function's answer: Payload's handler and ours say a refusal as `{ error }`. */
const refusal = (result: unknown) =>
  result && typeof result === 'object' && 'error' in result && result.error ? String(result.error) : null

export function EraScheduleDrawer({ buddhistLanguages, defaultType, schedulePublishConfig, slug }: Props) {
  const { toggleModal } = useModal()
  const {
    config: {
      admin: {
        dateFormat,
        timezones: { defaultTimezone, supportedTimezones },
      },
      localization,
    },
  } = useConfig()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { i18n, t } = useTranslation()
  const editDepth = useEditDepth()
  const { getUpcomingScheduledPublish, schedulePublish } = useServerFunctions()
  const [type, setType] = React.useState<PublishType>(defaultType ?? 'publish')
  /** The chosen instant (on the chosen zone's clock). */
  const [date, setDate] = React.useState<Date>()
  const [timezone, setTimezone] = React.useState<string>(defaultTimezone ?? '')
  const [locale, setLocale] = React.useState<{ label: string; value: string }>({ label: t('general:all'), value: ALL_LOCALES })
  const [processing, setProcessing] = React.useState(false)
  const [upcoming, setUpcoming] = React.useState<UpcomingEvent[]>()
  const [columns, setColumns] = React.useState<Column[]>()
  const modalTitle = t('general:schedulePublishFor', { title })

  const localeOptions = React.useMemo(() => {
    if (!localization) return []
    return [
      { label: t('general:all'), value: ALL_LOCALES },
      ...localization.locales.map(({ code, label }) => ({ label: getTranslation(label, i18n), value: code })),
    ]
  }, [localization, i18n, t])

  const deleteRef = React.useRef<(jobID: number | string) => Promise<void>>(async () => {})

  const fetchUpcoming = React.useCallback(async () => {
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
      await fetchUpcoming()
      toast.success(t('general:deletedSuccessfully'))
    } catch (err) {
      toast.error((err as Error).message)
    }
  }

  React.useEffect(() => {
    if (!upcoming) void fetchUpcoming()
  }, [upcoming, fetchUpcoming])

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
        void fetchUpcoming()
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
  const minTime = shown && isToday(shown) ? new Date() : startOfDay(new Date())
  const radio = (value: PublishType) => {
    const inputID = `field-${slug}-type-${value}${editDepth > 1 ? `-${editDepth}` : ''}`
    return (
      <li>
        <label htmlFor={inputID}>
          <div className={['radio-input', type === value && 'radio-input--is-selected'].filter(Boolean).join(' ')}>
            <input
              checked={type === value}
              disabled={processing}
              id={inputID}
              name={`${slug}-type`}
              onChange={() => setType(value)}
              type="radio"
            />
            <span className={['radio-input__styled-radio', processing && 'radio-input__styled-radio--disabled'].filter(Boolean).join(' ')} />
            <span className="radio-input__label">{t(`version:${value}`)}</span>
          </div>
        </label>
      </li>
    )
  }

  return (
    <Drawer
      className={baseClass}
      gutter={false}
      Header={
        <div className={`${baseClass}__drawer-header`}>
          <h2 title={modalTitle}>{modalTitle}</h2>
          <button aria-label={t('general:close')} className="drawer-close-button" onClick={() => toggleModal(slug)} type="button">
            <XIcon />
          </button>
        </div>
      }
      slug={slug}
    >
      <Gutter className={`${baseClass}__scheduler`}>
        <FieldLabel label={t('version:type')} required />
        <ul className={`${baseClass}__type`}>
          {radio('publish')}
          {radio('unpublish')}
        </ul>
        <br />
        <FieldLabel label={t('general:time')} path="time" required />
        <EraDatePicker
          buddhistLanguages={buddhistLanguages}
          displayFormat={dateFormat}
          id="time"
          maxTime={endOfToday()}
          minDate={new Date()}
          minTime={minTime}
          onChange={onChangeDate}
          pickerAppearance="dayAndTime"
          readOnly={processing}
          timeFormat={schedulePublishConfig?.timeFormat}
          timeIntervals={schedulePublishConfig?.timeIntervals ?? 5}
          value={shown}
        />
        {supportedTimezones.length > 0 && (
          <TimezonePicker id="timezone-picker" onChange={setTimezone} options={supportedTimezones} selectedTimezone={timezone} />
        )}
        <br />
        {localeOptions.length > 0 && type === 'publish' && (
          <React.Fragment>
            <FieldLabel label={t('localization:localeToPublish')} />
            <ReactSelect
              onChange={(option) => setLocale(option as { label: string; value: string })}
              options={localeOptions}
              value={locale}
            />
            <br />
          </React.Fragment>
        )}
        <div className={`${baseClass}__actions`}>
          <Button buttonStyle="primary" disabled={processing} id="scheduled-publish-save" onClick={() => void save()} type="button">
            {t('general:save')}
          </Button>
          {processing ? <span>{t('general:saving')}</span> : null}
        </div>
      </Gutter>
      <Gutter className={`${baseClass}__upcoming`}>
        <h4>{t('general:upcomingEvents')}</h4>
        {!upcoming && <ShimmerEffect />}
        {upcoming?.length === 0 && <Banner type="info">{t('general:noUpcomingEventsScheduled')}</Banner>}
        {upcoming && upcoming.length > 0 && columns && <Table appearance="condensed" columns={columns} data={upcoming} />}
      </Gutter>
    </Drawer>
  )
}
