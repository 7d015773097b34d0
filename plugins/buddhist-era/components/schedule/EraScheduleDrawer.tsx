'use client'
/**
 * Payload's "schedule publish" dialog (3.90.2, elements/PublishButton/ScheduleDrawer), with
 * the era picker (EraDatePicker) for the moment: Buddhist-era years, Thai words, Thai text
 * typed the way offices write it ("15 ม.ค. 2570 10:30"). Payload builds its dialog around
 * its own date picker with no way to swap it, so the dialog is rebuilt here from Payload's
 * exported parts; it sends the same `schedule-publish` server function call.
 * Also unlike Payload's: a refusal the server function answers ({ error }) shows as an error.
 * State lives in hooks (useScheduleForm, useUpcomingSchedule); the parts are drawn apart.
 */
import type { SchedulePublish } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import {
  Button,
  Drawer,
  FieldLabel,
  Gutter,
  ReactSelect,
  TimezonePicker,
  useConfig,
  useDocumentTitle,
  useModal,
  useTranslation,
  XIcon,
} from '@payloadcms/ui'
import { endOfToday, isToday, startOfDay } from 'date-fns'
import React from 'react'

import { EraDatePicker } from '../EraDatePicker'
import { ScheduleTypeRadio } from './ScheduleTypeRadio'
import { UpcomingEvents } from './UpcomingEvents'
import { ALL_LOCALES, type LocaleOption, type PublishType, useScheduleForm } from './useScheduleForm'
import { useUpcomingSchedule } from './useUpcomingSchedule'

const baseClass = 'schedule-publish'

type Props = {
  defaultType?: PublishType
  schedulePublishConfig?: SchedulePublish
  slug: string
  buddhistLanguages?: string[]
}

/** "All" and each configured locale, as the locale select offers them (none without localization). */
function useLocaleOptions(): LocaleOption[] {
  const {
    config: { localization },
  } = useConfig()
  const { i18n, t } = useTranslation()
  return React.useMemo(() => {
    if (!localization) return []
    return [
      { label: t('general:all'), value: ALL_LOCALES },
      ...localization.locales.map(({ code, label }) => ({ label: getTranslation(label, i18n), value: code })),
    ]
  }, [localization, i18n, t])
}

function DrawerHeader({ slug, title }: { slug: string; title: string }) {
  const { toggleModal } = useModal()
  const { t } = useTranslation()
  return (
    <div className={`${baseClass}__drawer-header`}>
      <h2 title={title}>{title}</h2>
      <button aria-label={t('general:close')} className="drawer-close-button" onClick={() => toggleModal(slug)} type="button">
        <XIcon />
      </button>
    </div>
  )
}

export function EraScheduleDrawer({ buddhistLanguages, defaultType, schedulePublishConfig, slug }: Props) {
  const {
    config: {
      admin: {
        dateFormat,
        timezones: { supportedTimezones },
      },
    },
  } = useConfig()
  const { title } = useDocumentTitle()
  const { t } = useTranslation()
  const { upcoming, columns, refresh } = useUpcomingSchedule()
  const form = useScheduleForm(defaultType, refresh)
  const localeOptions = useLocaleOptions()
  const { processing, shown, type } = form
  const minTime = shown && isToday(shown) ? new Date() : startOfDay(new Date())
  const radio = (value: PublishType) => (
    <ScheduleTypeRadio disabled={processing} onSelect={form.setType} selected={type} slug={slug} value={value} />
  )

  return (
    <Drawer
      className={baseClass}
      gutter={false}
      Header={<DrawerHeader slug={slug} title={t('general:schedulePublishFor', { title })} />}
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
          onChange={form.onChangeDate}
          pickerAppearance="dayAndTime"
          readOnly={processing}
          timeFormat={schedulePublishConfig?.timeFormat}
          timeIntervals={schedulePublishConfig?.timeIntervals ?? 5}
          value={shown}
        />
        {supportedTimezones.length > 0 && (
          <TimezonePicker id="timezone-picker" onChange={form.setTimezone} options={supportedTimezones} selectedTimezone={form.timezone} />
        )}
        <br />
        {localeOptions.length > 0 && type === 'publish' && (
          <React.Fragment>
            <FieldLabel label={t('localization:localeToPublish')} />
            <ReactSelect
              onChange={(option) => form.setLocale(option as LocaleOption)}
              options={localeOptions}
              value={form.locale}
            />
            <br />
          </React.Fragment>
        )}
        <div className={`${baseClass}__actions`}>
          <Button buttonStyle="primary" disabled={processing} id="scheduled-publish-save" onClick={() => void form.save()} type="button">
            {t('general:save')}
          </Button>
          {processing ? <span>{t('general:saving')}</span> : null}
        </div>
      </Gutter>
      <UpcomingEvents baseClass={baseClass} columns={columns} upcoming={upcoming} />
    </Drawer>
  )
}
