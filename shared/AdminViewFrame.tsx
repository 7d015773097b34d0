/**
 * The admin's page frame (navigation, header, gutter) around a custom admin view's
 * content, as Payload's own views have it. The app's guide and the OIT plugin's status and
 * comparison views use it.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

type FrameProps = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  children: React.ReactNode
}

export function AdminViewFrame({ initPageResult, params, searchParams, children }: FrameProps) {
  const { req } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
