'use client'
import { PopupList, useTranslation } from '@payloadcms/ui'
import React from 'react'

type Props = {
  close: () => void
  canSchedulePublish: boolean
  isSpecificLocalePublishEnabled: boolean
  isDefaultPublishAll: boolean | undefined
  activeLocaleLabel: string | undefined
  onSchedule: () => void
  /** The item that is not the main button's: one locale when that publishes all, else all. */
  onOtherPublish: () => void
}

/** The publish button's menu: "schedule publish" and publishing in the other way (one locale or all). */
export function PublishSubMenu({
  close,
  canSchedulePublish,
  isSpecificLocalePublishEnabled,
  isDefaultPublishAll,
  activeLocaleLabel,
  onSchedule,
  onOtherPublish,
}: Props) {
  const { t } = useTranslation()
  return (
    <React.Fragment>
      {canSchedulePublish && (
        <PopupList.ButtonGroup key="schedule-publish">
          <PopupList.Button id="schedule-publish" onClick={() => [onSchedule(), close()]}>
            {t('version:schedulePublish')}
          </PopupList.Button>
        </PopupList.ButtonGroup>
      )}
      {isSpecificLocalePublishEnabled && (
        <PopupList.ButtonGroup>
          <PopupList.Button id="publish-locale" onClick={onOtherPublish}>
            {isDefaultPublishAll ? t('version:publishIn', { locale: activeLocaleLabel }) : t('version:publishAllLocales')}
          </PopupList.Button>
        </PopupList.ButtonGroup>
      )}
    </React.Fragment>
  )
}
