'use client'
import type { ClientCollectionConfig, ClientGlobalConfig, SchedulePublish } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo, useFormModified, useLocale, useOperation, useTranslation } from '@payloadcms/ui'
import { traverseForLocalizedFields } from '@payloadcms/ui/utilities/traverseForLocalizedFields'
import { hasAutosaveEnabled, hasLocalizeStatusEnabled, hasScheduledPublishEnabled } from 'payload/shared'
import React from 'react'

/** The collection's or global's scheduled-publish options, when it schedules. */
export function schedulePublishConfigOf(
  entityConfig: ClientCollectionConfig | ClientGlobalConfig,
): SchedulePublish | undefined {
  return hasScheduledPublishEnabled(entityConfig) &&
    typeof entityConfig?.versions?.drafts === 'object' &&
    typeof entityConfig.versions.drafts.schedulePublish === 'object'
    ? entityConfig.versions.drafts.schedulePublish
    : undefined
}

/**
 * What Payload's publish button (3.90.2) decides before it draws: whether it may publish,
 * schedule, publish one locale, and in which locale it publishes by default.
 */
export function usePublishState() {
  const { id, collectionSlug, globalSlug, hasPublishedDoc, hasPublishPermission, unpublishedVersionCount, uploadStatus } =
    useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const modified = useFormModified()
  const { code: localeCode } = useLocale()
  const { i18n } = useTranslation()
  const operation = useOperation()
  const { localization } = config

  // Payload's own button runs only inside a document's edit view: a collection's or a global's.
  const entityConfig = React.useMemo(
    () => (collectionSlug ? getEntityConfig({ collectionSlug }) : getEntityConfig({ globalSlug }))!,
    [collectionSlug, globalSlug, getEntityConfig],
  )
  const hasNewerVersions = unpublishedVersionCount > 0
  const canPublish = hasPublishPermission && (modified || hasNewerVersions || !hasPublishedDoc) && uploadStatus !== 'uploading'
  const scheduledPublishEnabled = hasScheduledPublishEnabled(entityConfig)
  // With autosave the form is always modified: only then is `modified` no obstacle.
  const hasAutosave = hasAutosaveEnabled(entityConfig)
  const canSchedulePublish = Boolean(
    scheduledPublishEnabled && hasPublishPermission && (globalSlug || (collectionSlug && id)) && (hasAutosave || !modified),
  )
  const hasLocalizedFields = React.useMemo(() => traverseForLocalizedFields(entityConfig?.fields ?? []), [entityConfig?.fields])
  const isSpecificLocalePublishEnabled = Boolean(localization && hasLocalizedFields && hasPublishPermission)

  // Publish to all locales unless there are localized fields AND defaultLocalePublishOption is 'active'.
  const isDefaultPublishAll =
    !isSpecificLocalePublishEnabled || (localization && localization.defaultLocalePublishOption !== 'active')
  const activeLocale = localization
    ? localization.locales.find((locale) => (typeof locale === 'string' ? locale === localeCode : locale.code === localeCode))
    : undefined

  return {
    entityConfig,
    localeCode,
    hasPublishPermission,
    hasNewerVersions,
    canPublish,
    canSchedulePublish,
    hasAutosave,
    isSpecificLocalePublishEnabled,
    isDefaultPublishAll,
    activeLocale,
    activeLocaleLabel: activeLocale ? getTranslation(activeLocale.label, i18n) : undefined,
    /** Saving a draft does nothing while an existing document is unchanged. */
    disabled: operation === 'update' && !modified,
    localizeStatusEnabled: hasLocalizeStatusEnabled(entityConfig),
  }
}

export type PublishState = ReturnType<typeof usePublishState>
