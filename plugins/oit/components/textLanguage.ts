/**
 * The status engine's words come in `{ th, en }` (status/*, split in issue 19 item 4): the
 * one of the admin's language, else English. A lookup, not a language test.
 */
import { formatThaiDate } from '@prongsai/shared/thai-calendar'

export type TextLanguage = 'en' | 'th'

const TEXT_LANGUAGES: Record<string, TextLanguage> = { en: 'en', th: 'th' }

export const textLanguage = (adminLanguage: string): TextLanguage => TEXT_LANGUAGES[adminLanguage] ?? 'en'

/** A short date as the admin's language writes it: Thai (Buddhist era) or English. */
export const SHORT_DATE: Record<TextLanguage, (iso: string) => string> = {
  th: (iso) => formatThaiDate(iso, { style: 'short' }),
  en: (iso) => new Date(iso).toLocaleDateString('en-GB', { timeZone: 'Asia/Bangkok' }),
}
