import type { Payload } from 'payload'

import type { OitCustomConfig } from '../types'

/** The plugin's clock (`now` option), read on each use so that a test may replace it. */
export function oitNow(payload: Payload): Date {
  return (payload.config.custom.oit as OitCustomConfig | undefined)?.now?.() ?? new Date()
}
