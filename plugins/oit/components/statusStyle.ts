import type { ItemStatusName } from '../status/types'

/** Badge colours per status (Payload's own success/warning/error palette). */
export const STATUS_COLOURS: Record<ItemStatusName, { background: string; color: string }> = {
  complete: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  'declared-none': { background: 'var(--theme-success-50)', color: 'var(--theme-success-800)' },
  incomplete: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  stale: { background: 'var(--theme-warning-50)', color: 'var(--theme-warning-900)' },
  missing: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
}
