/** "คู่มือการใช้งาน / Guide" in the admin's navigation: the staff guide (GuideView). */
import type { Payload } from 'payload'

import React from 'react'

export function GuideNavLink({ payload }: { payload: Payload }) {
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/guide`}>
      คู่มือการใช้งาน / Guide
    </a>
  )
}
