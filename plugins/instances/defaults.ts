import type { CollectionSlug } from 'payload'

import type { InstancesPluginConfig, InstancesSettings } from './types'

/** Every default of the plugin, in one place. */
export function resolveSettings(options: InstancesPluginConfig): InstancesSettings {
  const pollSeconds = options.pollSeconds ?? 1
  const keepSeconds = options.keepSeconds ?? 300
  if (!(pollSeconds >= 1 && pollSeconds <= 60 && Number.isInteger(pollSeconds))) {
    throw new Error(`[instancesPlugin] pollSeconds must be a whole number from 1 to 60, not ${pollSeconds}`)
  }
  if (!(keepSeconds > pollSeconds * 2)) {
    throw new Error(`[instancesPlugin] keepSeconds (${keepSeconds}) must be more than twice pollSeconds (${pollSeconds})`)
  }
  return {
    slug: (options.slug ?? 'instance-signals') as CollectionSlug,
    listeners: options.listeners ?? {},
    pollSeconds,
    keepSeconds,
    jobs: options.jobs && {
      cron: options.jobs.cron ?? '* * * * *',
      queue: options.jobs.queue ?? 'default',
      limit: options.jobs.limit ?? 10,
    },
  }
}
