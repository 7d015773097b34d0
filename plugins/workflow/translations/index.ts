/** The workflow plugin's strings, registered in Payload's i18n under the `workflow` namespace. */
import { en } from './en'
import { th } from './th'

export type WorkflowKey = keyof (typeof th)['workflow']
export const translations = { en, th }

/** Both languages of one string, for server messages (formatted by the `formatMessage` option). */
export function both(key: WorkflowKey): { th: string; en: string } {
  return { th: th.workflow[key], en: en.workflow[key] }
}
