/**
 * `instancesPlugin`: several app instances on one database. Instances tell each other
 * what happened through a small collection (`signal`, read by every serving instance
 * within `pollSeconds`), claim once-only work through its unique key (`claimOnce`), and
 * the job queue runs on exactly one instance per tick. Works the same on every adapter:
 * nothing but Payload's Local API and a unique index.
 */
import type { Config } from 'payload'

import { signalsCollection } from './collections/signalsCollection'
import { sharedKV } from './kv/sharedKV'
import { resolveSettings } from './defaults'
import type { InstancesPluginConfig } from './types'
import { CUSTOM_KEY } from './utilities/settingsOf'
import { startInstance } from './utilities/startInstance'

export type { InstancesPluginConfig, SignalListener } from './types'

export const instancesPlugin =
  (options: InstancesPluginConfig = {}) =>
  (config: Config): Config => {
    if (options.disabled) return config
    const settings = resolveSettings(options)
    if ((config.collections ?? []).some((c) => c.slug === settings.slug)) {
      throw new Error(`[instancesPlugin] the config already has a collection "${settings.slug}"`)
    }
    if (settings.jobs && config.jobs?.autoRun) {
      throw new Error('[instancesPlugin] jobs: leave Payload\'s jobs.autoRun unset, the plugin runs the queue once per tick')
    }
    const background = options.background ?? true
    return {
      ...config,
      collections: [...(config.collections ?? []), signalsCollection(settings)],
      custom: { ...config.custom, [CUSTOM_KEY]: settings },
      kv: sharedKV(config.kv),
      // Payload calls autoRun only where it starts its own timers (a serving process,
      // never a build or a script): the instance's rounds start there.
      jobs: background
        ? {
            ...config.jobs,
            autoRun: async (payload) => {
              startInstance(payload)
              return []
            },
          }
        : config.jobs,
    }
  }
