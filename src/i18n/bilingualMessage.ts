/**
 * Any message a client gets, made "ไทย / English" (shared/bilingual.ts): Payload answers in
 * the request's language, or in English where its text is hard-coded; the app promises both.
 */
import { bilingual } from '@prongsai/shared/bilingual'

import { BY_STATUS, KNOWN_ENGLISH } from './knownEnglish'
import { fill, PAYLOAD_STRINGS, type PayloadString } from './payloadStrings'

const THAI = /[\u0E00-\u0E7F]/
const LATIN = /[A-Za-z]{2,}/

/** Already "ไทย / English": Thai before a " / ", English after it. */
export function isBilingual(message: string): boolean {
  for (let at = message.indexOf(' / '); at > 0; at = message.indexOf(' / ', at + 3)) {
    if (THAI.test(message.slice(0, at)) && LATIN.test(message.slice(at + 3))) return true
  }
  return false
}

export function toBilingual(message: string, status = 400): string {
  if (isBilingual(message)) return message
  const fields = fieldListInBoth(message)
  if (fields) return fields
  const generic = BY_STATUS[status] ?? BY_STATUS[status >= 500 ? 500 : 400]!
  if (THAI.test(message)) return bilingual(message, fromPayload(message, 'th') ?? generic.en)
  const thai = fromPayload(message, 'en') ?? fromKnownEnglish(message)
  const english = LATIN.test(message) ? message : message ? `${generic.en}: ${message}` : generic.en
  return bilingual(thai ?? generic.th, english)
}

/**
 * "The following fields are invalid: a, b" names its fields once, after both languages'
 * words: "ช่องต่อไปนี้ไม่ถูกต้อง / The following fields are invalid: a, b". The admin's
 * toast reads everything after the first colon as the list (split at commas): the whole
 * message twice made it list the fields twice, with the English words run into one of them.
 */
function fieldListInBoth(message: string): string | undefined {
  for (const string of PAYLOAD_STRINGS) {
    if (!string.key.startsWith('error:followingFieldsInvalid')) continue
    for (const language of ['th', 'en'] as const) {
      const match = string.pattern[language].exec(message)
      if (!match) continue
      const list = message.slice(match[0].length).trim()
      // pluralFor picks "_other" for a list of several (and fills its count).
      const plural = pluralFor(string, list)
      const intro = (text: string) => text.replace(/:\s*$/, '')
      const both = `${intro(plural.th)} / ${intro(plural.en)}`
      return list ? `${both}: ${list}` : both
    }
  }
  return undefined
}

/** The other language of one of Payload's own strings found at the start of `message`. */
function fromPayload(message: string, language: 'th' | 'en'): string | undefined {
  const other = language === 'th' ? 'en' : 'th'
  for (const string of PAYLOAD_STRINGS) {
    const match = string.pattern[language].exec(message)
    if (!match) continue
    const rest = message.slice(match[0].length)
    const values = Object.fromEntries(string.vars[language].map((name, i) => [name, match[i + 1] ?? '']))
    return fill(pluralFor(string, rest)[other], values) + rest
  }
  return undefined
}

/** Payload's "_one" / "_other" strings share one Thai text: a list of several takes "_other". */
function pluralFor(string: PayloadString, rest: string): PayloadString {
  if (!string.key.endsWith('_one') || !rest.includes(',')) return string
  const plural = PAYLOAD_STRINGS.find((s) => s.key === string.key.replace(/_one$/, '_other'))
  if (!plural) return string
  const count = String(rest.split(',').length)
  return { ...plural, en: fill(plural.en, { count }), th: fill(plural.th, { count }) }
}

function fromKnownEnglish(message: string): string | undefined {
  for (const [pattern, thai] of KNOWN_ENGLISH) {
    const match = pattern.exec(message)
    if (match) return thai(match)
  }
  return undefined
}
