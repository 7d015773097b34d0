/** The workflow plugin's strings, registered in Payload's i18n under the `plugin-workflow` namespace. */
import { en } from './en'
import { th } from './th'

export const NAMESPACE = 'plugin-workflow'
export type WorkflowKey = keyof (typeof th)[typeof NAMESPACE]
export const translations = { en, th }

/** Both languages of one string, for server messages (formatted by the `formatMessage` option). */
export function both(key: WorkflowKey): { th: string; en: string } {
  return { th: th[NAMESPACE][key], en: en[NAMESPACE][key] }
}
