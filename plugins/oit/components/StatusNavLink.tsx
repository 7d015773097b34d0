/** Links to the OIT status view and the year comparison in the admin's navigation. */
import type { Payload } from 'payload'

import React from 'react'

export function StatusNavLink({ payload, i18n }: { payload: Payload; i18n: { t: (key: string) => string } }) {
  return (
    <>
      <a className="nav__link" href={`${payload.config.routes.admin}/oit-status`} style={{ fontWeight: 600 }}>
        {i18n.t('plugin-oit:statusNav')}
      </a>
      <a className="nav__link" href={`${payload.config.routes.admin}/oit-compare`}>
        {i18n.t('plugin-oit:compareNav')}
      </a>
    </>
  )
}
