/** Navigation link to "งานของฉัน / My tasks" (server component). */
import React from 'react'

interface Props {
  payload: { config: { routes: { admin: string } } }
  i18n: { t: (key: string) => string }
}

export function MyTasksNavLink({ i18n, payload }: Props) {
  return (
    <a
      className="nav__link"
      href={`${payload.config.routes.admin}/my-tasks`}
      id="nav-my-tasks"
      style={{ display: 'block', padding: '4px 0' }}
    >
      {i18n.t('plugin-workflow:myTasks')}
    </a>
  )
}
