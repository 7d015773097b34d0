import type { Payload } from 'payload'

import { Cron } from 'croner'

import { claimOnce } from './claimOnce'
import { settingsOf } from './settingsOf'

/** The tick a moment belongs to: the nearest scheduled run, so instances a little apart agree. */
export function tickOf(cron: string, now = Date.now()): string {
  const [a, b] = new Cron(cron, { paused: true }).nextRuns(2, new Date(now - 1))
  const period = a && b ? b.getTime() - a.getTime() : 60_000
  return new Date(Math.round(now / period) * period).toISOString()
}

/**
 * One tick of the job queue: the instance that claims the tick schedules the queue's
 * scheduled tasks and runs what is due; the others do nothing. Returns whether this one ran.
 */
export async function runQueueOnce(payload: Payload, now = Date.now()): Promise<boolean> {
  const { jobs } = settingsOf(payload)
  if (!jobs) return false
  if (!(await claimOnce(payload, `jobs:${jobs.queue}:${tickOf(jobs.cron, now)}`))) return false
  await payload.jobs.handleSchedules({ queue: jobs.queue })
  await payload.jobs.run({ queue: jobs.queue, limit: jobs.limit })
  return true
}
