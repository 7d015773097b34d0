'use client'
import { useConfig, useDocumentInfo, useEditDepth, useForm, useHotkey } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { PublishState } from './usePublishState'

/** `?a=1&b=2` of the defined values (Payload's qs.stringify with addQueryPrefix). */
export function query(params: Record<string, boolean | number | string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value))
  const text = search.toString()
  return text ? `?${text}` : ''
}

/**
 * Payload's publish button's requests (3.90.2), step for step: publish (all locales or
 * one), and ctrl/cmd+S saving a draft where the entity autosaves.
 */
export function usePublishActions({ disabled, hasAutosave, localeCode, localizeStatusEnabled }: PublishState) {
  const {
    id,
    collectionSlug,
    globalSlug,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit } = useForm()
  const editDepth = useEditDepth()
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

  return { publish, publishSpecificLocale }
}
