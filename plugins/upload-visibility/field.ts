import type { CheckboxField } from 'payload'

import type { UploadVisibilitySettings } from './defaults'
import { keepStoredFlag } from './hooks/keepStoredFlag'

const never = () => false

/** The stored flag on each upload collection: read-only, in the sidebar, set by the plugin only. */
export function flagField(settings: UploadVisibilitySettings): CheckboxField {
  return {
    name: settings.fieldName,
    type: 'checkbox',
    label: settings.label,
    defaultValue: false,
    // Nobody sets it through the API (the admin shows it read-only); the hook makes sure of it.
    access: { create: never, update: never },
    hooks: { beforeChange: [keepStoredFlag] },
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: {
        th: 'ระบบกำหนดให้เอง: ติ๊กเมื่อไฟล์แนบอยู่กับเอกสารที่เผยแพร่แล้ว ผู้เยี่ยมชมจึงเปิดไฟล์ได้',
        en: 'Set by the system: ticked while a published document uses the file, so visitors can open it',
      },
    },
  }
}
