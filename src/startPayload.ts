/**
 * Boots Payload when the server process starts (src/instrumentation.ts). A database that
 * cannot be used (an embedded file another process holds, a server that refuses the
 * connection, a migration that fails) stops the start with its message instead of
 * failing each request later, and the scheduler (the job queue, other instances'
 * signals) runs from the start even if no one visits. Never during `next build`.
 */
import { READY_MESSAGE } from './server/ready'

export async function startPayload(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  try {
    await getPayload({ config, cron: true })
    // Under `npm start`'s primary: this process can serve now.
    process.send?.(READY_MESSAGE)
  } catch (error) {
    console.error(`[prongsai] ${(error as Error).message}`)
    process.exit(1)
  }
}
