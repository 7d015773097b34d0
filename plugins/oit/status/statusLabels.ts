/** What each item status is called, from the plugin's translations: one word each, everywhere. */
import type { Label } from '@prongsai/shared/bilingual'
import { NAMESPACE, type OitKey, translations } from '../translations'
import type { ItemStatusName } from './types'

const KEYS: Record<ItemStatusName, OitKey> = {
  complete: 'statusComplete',
  incomplete: 'statusIncomplete',
  stale: 'statusStale',
  'declared-none': 'statusDeclaredNone',
  missing: 'statusMissing',
}

export const STATUS_LABELS: Record<ItemStatusName, Label> = Object.fromEntries(
  Object.entries(KEYS).map(([status, key]) => [status, { th: translations.th[NAMESPACE][key], en: translations.en[NAMESPACE][key] }]),
) as Record<ItemStatusName, Label>
