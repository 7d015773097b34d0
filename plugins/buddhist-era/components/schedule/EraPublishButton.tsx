'use client'
/**
 * Payload's publish button (3.90.2, elements/PublishButton), whose "schedule publish" item
 * opens EraScheduleDrawer instead of Payload's dialog: Payload renders its dialog from inside
 * the button, so the button is the smallest part that can be replaced. Publishing itself
 * is Payload's, step for step (the same requests, hotkey and locale options): its decisions
 * in usePublishState, its requests in usePublishActions, its menu in PublishSubMenu.
 */
import type { PublishButtonClientProps } from 'payload'

import { FormSubmit, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { EraScheduleDrawer } from './EraScheduleDrawer'
import { PublishSubMenu } from './PublishSubMenu'
import { usePublishActions } from './usePublishActions'
import { schedulePublishConfigOf, usePublishState } from './usePublishState'

export function EraPublishButton({
  buddhistLanguages,
  label: labelProp,
}: { buddhistLanguages?: string[]; label?: string } & PublishButtonClientProps = {}) {
  const { id } = useDocumentInfo()
  const { isModalOpen, toggleModal } = useModal()
  const { t } = useTranslation()
  const state = usePublishState()
  const { publish, publishSpecificLocale } = usePublishActions(state)
  const { activeLocale, activeLocaleLabel, canSchedulePublish, isDefaultPublishAll, isSpecificLocalePublishEnabled } = state

  const drawerSlug = `schedule-publish-${id}`
  const label = labelProp || t('version:publishChanges')
  const publishActiveLocale = () => publishSpecificLocale(activeLocale!.code)

  if (!state.hasPublishPermission) return null

  return (
    <React.Fragment>
      <FormSubmit
        buttonId="action-save"
        disabled={!state.canPublish}
        enableSubMenu={canSchedulePublish}
        onClick={isDefaultPublishAll ? publish : publishActiveLocale}
        size="medium"
        SubMenuPopupContent={
          isSpecificLocalePublishEnabled || canSchedulePublish
            ? ({ close }) => (
                <PublishSubMenu
                  activeLocaleLabel={activeLocaleLabel}
                  canSchedulePublish={canSchedulePublish}
                  close={close}
                  isDefaultPublishAll={isDefaultPublishAll}
                  isSpecificLocalePublishEnabled={isSpecificLocalePublishEnabled}
                  onOtherPublish={isDefaultPublishAll ? publishActiveLocale : publish}
                  onSchedule={() => toggleModal(drawerSlug)}
                />
              )
            : undefined
        }
        type="button"
      >
        {!isDefaultPublishAll ? t('version:publishIn', { locale: activeLocaleLabel }) : label}
      </FormSubmit>
      {canSchedulePublish && isModalOpen(drawerSlug) && (
        <EraScheduleDrawer
          buddhistLanguages={buddhistLanguages}
          defaultType={!state.hasNewerVersions ? 'unpublish' : 'publish'}
          schedulePublishConfig={schedulePublishConfigOf(state.entityConfig)}
          slug={drawerSlug}
        />
      )}
    </React.Fragment>
  )
}
