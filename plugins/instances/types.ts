import type { CollectionSlug, Payload } from 'payload'

/** What an instance does when another instance sends a signal on a channel. */
export type SignalListener = (data: unknown, payload: Payload) => Promise<void> | void

export interface InstancesPluginConfig {
  /**
   * Slug of the collection the instances share signals and once-only claims through.
   * @default 'instance-signals'
   */
  slug?: string
  /**
   * What to do with another instance's signals, by channel. Every instance that runs the
   * scheduler (the app servers) reads new signals every `pollSeconds`.
   * @default {}
   */
  listeners?: Record<string, SignalListener>
  /**
   * How often an instance reads the signals others sent, in seconds (1 to 60).
   * @default 1
   */
  pollSeconds?: number
  /**
   * How long a signal or a claim is kept, in seconds. A signal is read by instances that
   * poll within this time: it must exceed the longest transaction plus the clocks'
   * difference between instances.
   * @default 300
   */
  keepSeconds?: number
  /**
   * The job queue, run on exactly one instance per tick: each tick, every instance tries
   * to claim `jobs:<queue>:<tick>`, and only the one that gets it schedules and runs the
   * queue. Replaces Payload's `jobs.autoRun` (which would run on every instance at once
   * and let two of them pick the same job). Unset: no queue runs by itself.
   * @default undefined
   */
  jobs?: {
    /** @default '* * * * *' (every minute; six fields for seconds) */
    cron?: string
    /** @default 'default' */
    queue?: string
    /** Jobs run per tick at most. @default 10 */
    limit?: number
  }
  /**
   * Run the rounds (reading signals, the job queue) in the background of every serving
   * process. False: only when called (`pollSignals`, `runQueueOnce`), as tests do.
   * @default true
   */
  background?: boolean
  /**
   * Turn the plugin off (keeps the config unchanged): for one instance only. Several
   * instances on one database need what it adds (shared signals, the job queue on one
   * instance per tick, Payload's key-value store safe for two writers of one key).
   * @default false
   */
  disabled?: boolean
}

export interface InstancesSettings {
  slug: CollectionSlug
  listeners: Record<string, SignalListener>
  pollSeconds: number
  keepSeconds: number
  jobs?: { cron: string; queue: string; limit: number }
}
