import type { Field } from 'payload'

export interface UploadVisibilityPluginConfig {
  /**
   * Upload collections whose files get the flag (slugs). Each must be an upload collection.
   * @default every upload collection in the config
   */
  collections?: string[]
  /**
   * Collections whose published documents make the files they reference public. Payload's
   * own collections (`payload-*`) and the upload collections above never count.
   * @default every other collection that references one of the upload collections
   */
  referrers?: ((slug: string) => boolean) | string[]
  /**
   * Name of the stored boolean on each upload collection.
   * @default 'public'
   */
  fieldName?: string
  /**
   * Label of the flag in the admin (read-only, in the sidebar).
   * @default { th: 'เผยแพร่ต่อสาธารณะแล้ว', en: 'Public' }
   */
  label?: Extract<Field, { type: 'checkbox' }>['label']
  /**
   * At start-up, set every flag again from the database when the references or the
   * collections' drafts/trash settings changed since the last run (also the first run on
   * an existing database). Remembered in Payload's key-value store.
   * @default true
   */
  refreshOnInit?: boolean
  /**
   * Turn the plugin off: the config is returned unchanged.
   * @default false
   */
  disabled?: boolean
}
