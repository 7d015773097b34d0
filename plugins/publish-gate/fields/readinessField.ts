import type { Field } from 'payload'

import { inEveryLanguage } from '../translations'

export const READINESS_OPTIONS = [
  { label: inEveryLanguage((t) => t('ready')), value: 'ready' },
  { label: inEveryLanguage((t) => t('incomplete')), value: 'incomplete' },
]

/** Stored verdict of the last save, for the list column and the "incomplete / ready" filter. */
export function readinessField(name: string, custom?: Record<string, unknown>): Field {
  return {
    name,
    ...(custom ? { custom } : {}),
    type: 'select',
    options: READINESS_OPTIONS,
    index: true,
    label: inEveryLanguage((t) => t('readiness')),
    admin: {
      readOnly: true,
      position: 'sidebar',
      components: { Cell: '@prongsai/publish-gate/client#ReadinessCell' },
    },
  }
}
