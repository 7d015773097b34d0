import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DivisionsOption } from './divisions/assignedDivisions'
import type { OitPluginConfig, OitRemindersConfig } from './types'

/**
 * The framework data shipped with the plugin (`frameworks/` beside this file), found from this
 * module's own address: wherever the plugin sits, not where the process was started.
 */
// Not `new URL('./frameworks', import.meta.url)`: bundlers take that for a file to emit.
export const FRAMEWORKS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'frameworks')

/** Reminders with every default filled in. */
export type OitRemindersSettings = Required<OitRemindersConfig>

/** Every default of the OIT plugin, in one place. */
export function withDefaults(options: OitPluginConfig): Required<
  Omit<OitPluginConfig, 'frameworks' | 'reminders' | 'divisions' | 'siteUrl' | 'organisations'>
> &
  Pick<OitPluginConfig, 'frameworks' | 'siteUrl' | 'organisations'> & {
    reminders: OitRemindersSettings | undefined
    divisions: DivisionsOption | undefined
  } {
  return {
    frameworksDir: options.frameworksDir ?? FRAMEWORKS_DIR,
    frameworks: options.frameworks,
    endpointPrefix: options.endpointPrefix ?? '/oit',
    // Unset: each request's own origin (status/siteUrlFor.ts).
    siteUrl: options.siteUrl || process.env.NEXT_PUBLIC_SERVER_URL || undefined,
    disabled: options.disabled ?? false,
    now: options.now ?? (() => new Date()),
    organisations: options.organisations,
    divisions: options.divisions
      ? {
          collection: options.divisions.collection,
          codeField: options.divisions.codeField ?? 'code',
          itemsField: options.divisions.itemsField ?? 'oitItems',
        }
      : undefined,
    reminders: options.reminders
      ? {
          recipients: options.reminders.recipients,
          schedule: options.reminders.schedule ?? '0 8 * * *',
          queue: options.reminders.queue ?? 'default',
        }
      : undefined,
  }
}
