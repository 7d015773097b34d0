import type { RelatedAccessPluginConfig } from './types'

/** Both languages of each message the plugin answers with. */
const MESSAGES = {
  sortThroughUnreadable: (path: string) => ({
    th: `เรียงลำดับตาม "${path}" ไม่ได้: เป็นข้อมูลของเอกสารที่เกี่ยวข้อง ซึ่งท่านไม่มีสิทธิ์อ่านทั้งหมด`,
    en: `Cannot sort by "${path}": it is a field of related documents you may not all read`,
  }),
} as const

export type RelatedAccessMessage = keyof typeof MESSAGES

export interface RelatedAccessSettings {
  message: (key: RelatedAccessMessage, path: string) => string
}

/** Every default of the plugin, in one place. */
export function resolveSettings(options: RelatedAccessPluginConfig): RelatedAccessSettings {
  const format = options.formatMessage ?? (({ th, en }) => `${th} / ${en}`)
  return { message: (key, path) => format(MESSAGES[key](path)) }
}
