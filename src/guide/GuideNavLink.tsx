/** The staff guide's link (GuideView) in the admin's navigation, in the admin's language (`prongsai:guide`). */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import React from 'react'

export function GuideNavLink({ payload, i18n }: { payload: Payload; i18n: Pick<I18nClient, 't'> }) {
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/guide`}>
      {i18n.t('prongsai:guide' as never)}
    </a>
  )
}
