import type { Field } from 'payload'

export const READINESS_OPTIONS = [
  { label: { th: 'พร้อมเผยแพร่', en: 'Ready to publish' }, value: 'ready' },
  { label: { th: 'ยังไม่ครบ', en: 'Incomplete' }, value: 'incomplete' },
]

/** Stored verdict of the last save, for the list column and the "incomplete / ready" filter. */
export function readinessField(name: string, custom?: Record<string, unknown>): Field {
  return {
    name,
    ...(custom ? { custom } : {}),
    type: 'select',
    options: READINESS_OPTIONS,
    index: true,
    label: { th: 'ความครบถ้วน (ตอนบันทึกล่าสุด)', en: 'Completeness (at last save)' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      components: { Cell: '/plugins/publish-gate/components/ReadinessCell#ReadinessCell' },
    },
  }
}
