import type { Payload } from 'payload'

import { Cron } from 'croner'

import { pollSignals, pruneSignals } from './pollSignals'
import { runQueueOnce } from './runQueueOnce'
import { settingsOf } from './settingsOf'

const PRUNE_EVERY_POLLS = 60

/**
 * What a serving instance runs in the background: reading other instances' signals and,
 * if configured, its turn at the job queue. Registered in `payload.crons`, so that
 * `payload.destroy()` stops them; a failed round is logged and the next one runs.
 */
export function startInstance(payload: Payload): void {
  const settings = settingsOf(payload)
  let polls = 0
  const poll = new Cron(`*/${settings.pollSeconds} * * * * *`, { protect: true, unref: true }, async () => {
    try {
      await pollSignals(payload)
      if (++polls % PRUNE_EVERY_POLLS === 0) await pruneSignals(payload)
    } catch (error) {
      payload.logger.error({ err: error, msg: '[instancesPlugin] reading signals failed' })
    }
  })
  payload.crons.push(poll)
  if (!settings.jobs) return
  const queue = new Cron(settings.jobs.cron, { protect: true, unref: true }, async () => {
    try {
      await runQueueOnce(payload)
    } catch (error) {
      payload.logger.error({ err: error, msg: '[instancesPlugin] running the job queue failed' })
    }
  })
  payload.crons.push(queue)
}
