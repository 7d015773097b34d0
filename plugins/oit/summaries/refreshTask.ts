import type { TaskConfig } from 'payload'

import { refreshSummaries } from './refreshSummaries'
import { REFRESH_SUMMARIES_TASK } from './slug'

export interface RefreshTaskSettings {
  /** Cron of the scheduled run, or false (queue the task yourself). */
  schedule: false | string
  /** Queue the scheduled run goes to (the reminders' queue). */
  queue: string
}

/**
 * Rows one run recomputes at most (about 50 ms each): a day's first run over thousands of
 * organisations is spread over the next minutes instead of holding the queue (scheduled
 * publications) for long.
 */
const ROWS_PER_RUN = 500

/**
 * The stored statuses kept up to date, a Payload job task: each run recomputes the rows of
 * organisations whose documents changed since, and every row once a day (windows and due
 * months move with the calendar). Input `all: true` recomputes every row.
 */
export function refreshSummariesTask(
  settings: RefreshTaskSettings,
): TaskConfig<{ input: { all?: boolean | null }; output: { refreshed: number; unchanged: number; deferred: number } }> {
  return {
    slug: REFRESH_SUMMARIES_TASK,
    label: 'OIT: ปรับสถานะที่บันทึกไว้ของทุกองค์กร / refresh stored statuses',
    inputSchema: [{ name: 'all', type: 'checkbox' }],
    outputSchema: [
      { name: 'refreshed', type: 'number', required: true },
      { name: 'unchanged', type: 'number', required: true },
      { name: 'deferred', type: 'number', required: true },
    ],
    retries: 1,
    schedule: settings.schedule ? [{ cron: settings.schedule, queue: settings.queue }] : undefined,
    // Not in the job's transaction: each row is stored as it is computed, and a long run
    // holds no write open (a thousand organisations take a while).
    handler: async ({ input, req }) => ({
      output: await refreshSummaries(req.payload, { all: Boolean(input?.all), limit: ROWS_PER_RUN }),
    }),
  }
}
