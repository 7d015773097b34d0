'use client'
/**
 * Payload's publish button (3.90.2, elements/PublishButton), whose "schedule publish" item
 * opens EraScheduleDrawer instead of Payload's dialog: Payload renders its dialog from inside
 * the button, so the button is the smallest part that can be replaced. Publishing itself
 * is Payload's, step for step (the same requests, hotkey and locale options).
 */
import type { PublishButtonClientProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import {
  FormSubmit,
  PopupList,
  useConfig,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormModified,
  useHotkey,
  useLocale,
  useModal,
  useOperation,
  useTranslation,
} from '@payloadcms/ui'
import { traverseForLocalizedFields } from '@payloadcms/ui/utilities/traverseForLocalizedFields'
import {
  formatAdminURL,
  hasAutosaveEnabled,
  hasLocalizeStatusEnabled,
  hasScheduledPublishEnabled,
} from 'payload/shared'
import React from 'react'

import { EraScheduleDrawer } from './EraScheduleDrawer'

/** `?a=1&b=2` of the defined values (Payload's qs.stringify with addQueryPrefix). */
function query(params: Record<string, boolean | number | string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value))
  const text = search.toString()
  return text ? `?${text}` : ''
}

export function EraPublishButton({
  buddhistLanguages,
  label: labelProp,
}: { buddhistLanguages?: string[]; label?: string } & PublishButtonClientProps = {}) {
  const {
    id,
    collectionSlug,
    globalSlug,
    hasPublishedDoc,
    hasPublishPermission,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const editDepth = useEditDepth()
  const { code: localeCode } = useLocale()
  const { isModalOpen, toggleModal } = useModal()
  const { i18n, t } = useTranslation()
  const operation = useOperation()

  const drawerSlug = `schedule-publish-${id}`
  const {
    localization,
    routes: { api },
  } = config
  const label = labelProp || t('version:publishChanges')

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
  const disabled = operation === 'update' && !modified
  const localizeStatusEnabled = hasLocalizeStatusEnabled(entityConfig)

  const documentPath = globalSlug ? `/globals/${globalSlug}` : `/${collectionSlug}${id ? `/${id}` : ''}`

  const saveDraft = React.useCallback(async () => {
    if (disabled) return
    const params = query({ depth: 0, draft: true, 'fallback-locale': 'null', locale: localeCode })
    await submit({
      action: formatAdminURL({ apiRoute: api, path: `${documentPath}${params}` as `/${string}` }),
      method: collectionSlug && id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
  }, [disabled, localeCode, collectionSlug, globalSlug, submit, api, id, documentPath])

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (e) => {
    e.preventDefault()
    e.stopPropagation()
    if (hasAutosave) void saveDraft()
  })

  const publishWith = React.useCallback(
    async (params: string) => {
      if (uploadStatus === 'uploading') return
      const result = await submit({
        action: formatAdminURL({ apiRoute: api, path: `${documentPath}${params}` as `/${string}` }),
        overrides: { _status: 'published' },
      })
      if (result) {
        setUnpublishedVersionCount(0)
        setMostRecentVersionIsAutosaved(false)
        setHasPublishedDoc(true)
      }
    },
    [uploadStatus, submit, api, documentPath, setUnpublishedVersionCount, setMostRecentVersionIsAutosaved, setHasPublishedDoc],
  )
  const publish = () =>
    publishWith(query({ depth: 0, locale: localeCode, publishAllLocales: localizeStatusEnabled ? true : undefined }))
  const publishSpecificLocale = (locale: string) => publishWith(query({ depth: 0, locale, publishSpecificLocale: locale }))

  // Publish to all locales unless there are localized fields AND defaultLocalePublishOption is 'active'.
  const isDefaultPublishAll =
    !isSpecificLocalePublishEnabled || (localization && localization.defaultLocalePublishOption !== 'active')
  const activeLocale = localization
    ? localization.locales.find((locale) => (typeof locale === 'string' ? locale === localeCode : locale.code === localeCode))
    : undefined
  const activeLocaleLabel = activeLocale ? getTranslation(activeLocale.label, i18n) : undefined

  if (!hasPublishPermission) return null

  return (
    <React.Fragment>
      <FormSubmit
        buttonId="action-save"
        disabled={!canPublish}
        enableSubMenu={canSchedulePublish}
        onClick={isDefaultPublishAll ? publish : () => publishSpecificLocale(activeLocale!.code)}
        size="medium"
        SubMenuPopupContent={
          isSpecificLocalePublishEnabled || canSchedulePublish
            ? ({ close }) => (
                <React.Fragment>
                  {canSchedulePublish && (
                    <PopupList.ButtonGroup key="schedule-publish">
                      <PopupList.Button id="schedule-publish" onClick={() => [toggleModal(drawerSlug), close()]}>
                        {t('version:schedulePublish')}
                      </PopupList.Button>
                    </PopupList.ButtonGroup>
                  )}
                  {isSpecificLocalePublishEnabled && (
                    <PopupList.ButtonGroup>
                      <PopupList.Button
                        id="publish-locale"
                        onClick={isDefaultPublishAll ? () => publishSpecificLocale(activeLocale!.code) : publish}
                      >
                        {isDefaultPublishAll
                          ? t('version:publishIn', { locale: activeLocaleLabel })
                          : t('version:publishAllLocales')}
                      </PopupList.Button>
                    </PopupList.ButtonGroup>
                  )}
                </React.Fragment>
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
          defaultType={!hasNewerVersions ? 'unpublish' : 'publish'}
          schedulePublishConfig={
            scheduledPublishEnabled && typeof entityConfig?.versions?.drafts === 'object' &&
            typeof entityConfig.versions.drafts.schedulePublish === 'object'
              ? entityConfig.versions.drafts.schedulePublish
              : undefined
          }
          slug={drawerSlug}
        />
      )}
    </React.Fragment>
  )
}
