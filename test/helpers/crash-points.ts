/**
 * Named moments at which a test stops a write, the way a crash would: an operation run
 * with `crashAt('before-commit')` has written its rows and files and is about to commit;
 * one with `crashAt('after-commit')` has committed, but the clean-up that lets its files
 * follow the commit has not run. `onCrash` is what happens there:
 * `process.kill(process.pid, 'SIGKILL')` in a child process, or a snapshot of the files
 * in an in-process test (throwing at 'before-commit' rolls the write back). Installed at
 * run time on the booted Payload, like fault-injection.ts, so the app's config stays free
 * of test code.
 */
import type { Payload, PayloadRequest } from 'payload'

import { onTransactionEnd } from '../../src/db/transactionEvents'

export type CrashPoint = 'after-commit' | 'before-commit'

/** Local API options that stop the operation at `point`. */
export const crashAt = (point: CrashPoint) => ({ context: { crashAt: point } })

type TransactionID = number | string

export function installCrashPoints(
  payload: Payload,
  onCrash: (point: CrashPoint, req: PayloadRequest) => Promise<void> | void,
): void {
  const armed = new Map<TransactionID, PayloadRequest>()
  const arm = async ({ args, req }: { args: unknown; req: PayloadRequest }) => {
    const context = req.context as { crashAt?: CrashPoint; crashArmed?: boolean }
    const id = await req.transactionID
    // Once per request: nested operations share its transaction.
    if (!context?.crashAt || context.crashArmed || id === undefined || id === null) return args
    context.crashArmed = true
    if (context.crashAt === 'before-commit') armed.set(id, req)
    // Registered before the operation's own hooks register their clean-up, so it runs first.
    else await onTransactionEnd(req, { commit: [() => onCrash('after-commit', req)] })
    return args
  }
  for (const { config } of Object.values(payload.collections)) {
    config.hooks.beforeOperation = [arm as never, ...(config.hooks.beforeOperation ?? [])]
  }
  const db = payload.db as unknown as { commitTransaction: (id: Promise<TransactionID> | TransactionID) => Promise<void> }
  const commit = db.commitTransaction.bind(db)
  db.commitTransaction = async (incoming) => {
    const id = await incoming
    const req = armed.get(id)
    if (req) {
      armed.delete(id)
      await onCrash('before-commit', req)
    }
    return commit(id)
  }
}
