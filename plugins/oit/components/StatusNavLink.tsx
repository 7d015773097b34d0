/**
 * Links to the OIT status view and the year comparison in the admin's navigation; and to the
 * view across organisations for a reader who may read more than one organisation's status.
 */
import type { Payload, TypedUser } from 'payload'

import React from 'react'

import { yearInForce } from '../framework/yearInForce'
import { OIT_SUMMARIES_SLUG } from '../summaries/slug'
import type { OitCustomConfig } from '../types'

/** Whether the reader may read the stored status of more than one organisation this year. */
async function seesSeveral(payload: Payload, user: TypedUser | undefined): Promise<boolean> {
  const custom = payload.config.custom.oit as OitCustomConfig
  if (!custom.organisations || !user) return false
  const year = yearInForce(custom.frameworks, custom.now())?.framework.year ?? custom.frameworks[0]?.year
  const { totalDocs } = await payload.count({
    collection: OIT_SUMMARIES_SLUG as never,
    where: { year: { equals: year } },
    overrideAccess: false,
    user,
  })
  return totalDocs > 1
}

export async function StatusNavLink({
  payload,
  i18n,
  user,
}: {
  payload: Payload
  i18n: { t: (key: string) => string }
  user?: TypedUser
}) {
  const admin = payload.config.routes.admin
  return (
    <>
      <a className="nav__link" href={`${admin}/oit-status`} style={{ fontWeight: 600 }}>
        {i18n.t('plugin-oit:statusNav')}
      </a>
      {(await seesSeveral(payload, user)) ? (
        <a className="nav__link" href={`${admin}/oit-overview`}>
          {i18n.t('plugin-oit:overviewNav')}
        </a>
      ) : null}
      <a className="nav__link" href={`${admin}/oit-compare`}>
        {i18n.t('plugin-oit:compareNav')}
      </a>
    </>
  )
}
