/**
 * "งานของฉัน / My tasks" (server component): on the dashboard (the first few) and as its
 * own admin view (all), grouped by the step that waits for the user.
 */
import type { AdminViewServerProps, Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { redirect } from 'next/navigation'
import React from 'react'

import { AdminViewFrame } from '@prongsai/shared/AdminViewFrame'

import type { WorkflowSettings } from '../defaults'
import { type Task, tasksOf } from '../tasks'

interface Props {
  req?: PayloadRequest
  i18n?: { language: string; t: (key: string) => string }
  /** How many to show (the dashboard shows a few, the view all). */
  limit?: number
}

const ORDER = ['returned', 'submitted', 'approved', 'draft'] as const

export async function MyTasks(props: Props) {
  const { req } = props
  if (!req?.user) return null
  const i18n = props.i18n ?? req.i18n
  const t = (key: string) => i18n.t(`plugin-workflow:${key}` as never)
  const settings = req.payload.config.custom.workflow as WorkflowSettings & {
    collections: { slug: string; titleField?: string; label: Record<string, string> | string }[]
  }
  const tasks = await tasksOf(settings, req, settings.collections)
  const limit = props.limit ?? Number.POSITIVE_INFINITY
  const labelOf = (slug: string) => {
    const label = settings.collections.find((c) => c.slug === slug)?.label
    return typeof label === 'string' ? label : (label?.[i18n.language] ?? label?.th ?? slug)
  }
  const admin = req.payload.config.routes.admin
  const groups = ORDER.map((state) => [state, tasks.filter((task) => task.state === state)] as const).filter(
    ([, list]) => list.length > 0,
  )
  let shown = 0
  const item = (task: Task) => (
    <li key={`${task.collection}:${task.id}`} style={{ marginBottom: 4 }}>
      <a href={`${admin}/collections/${task.collection}/${task.id}`}>{task.title}</a>{' '}
      <span style={{ opacity: 0.7 }}>· {labelOf(task.collection)}</span>
      {task.state === 'returned' && task.note ? <div style={{ opacity: 0.85 }}>“{task.note}”</div> : null}
    </li>
  )

  return (
    <section className="my-tasks" id="my-tasks" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 8 }}>
        {t('myTasks')} ({tasks.length})
      </h2>
      {tasks.length === 0 ? <p>{t('myTasksEmpty')}</p> : null}
      {groups.map(([state, list]) => {
        const room = Math.max(0, limit - shown)
        if (room === 0) return null
        const visible = list.slice(0, room)
        shown += visible.length
        return (
          <div key={state} className={`my-tasks__${state}`}>
            <h3 style={{ margin: '8px 0 4px' }}>
              {t(`tasks.${state}`)} ({list.length})
            </h3>
            <ul style={{ margin: 0, paddingLeft: 18 }}>{visible.map(item)}</ul>
          </div>
        )
      })}
      {Number.isFinite(limit) && tasks.length > shown ? <a href={`${admin}/my-tasks`}>{t('myTasks')} →</a> : null}
    </section>
  )
}

/** The dashboard panel: the first few tasks (the dashboard passes no request: one is made for the user). */
export async function MyTasksPanel({
  i18n,
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n: Props['i18n']
}) {
  if (!user) return null
  const req = await createLocalReq({ user, context: {} }, payload)
  return <MyTasks req={req} i18n={i18n} limit={6} />
}

/** The admin view `/admin/my-tasks`, in the admin's own frame (navigation, header). */
export function MyTasksView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div style={{ paddingTop: 24 }}>
        <MyTasks req={req} />
      </div>
    </AdminViewFrame>
  )
}
