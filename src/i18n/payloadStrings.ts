/**
 * Payload's own messages, each in Thai and English, as patterns that find one in a message
 * (its `{{variables}}` as wildcards): to put beside a Thai message the English of the same
 * string, and beside an English one the Thai.
 */
import { en } from '@payloadcms/translations/languages/en'
import { th } from '@payloadcms/translations/languages/th'

/** The namespaces API errors come from. */
const NAMESPACES = ['error', 'validation', 'authentication', 'upload'] as const

export interface PayloadString {
  key: string
  th: string
  en: string
  /** Matches the string at the start of a message, capturing its variables in order. */
  pattern: { th: RegExp; en: RegExp }
  /** The variables of each language's string, in the order they appear. */
  vars: { th: string[]; en: string[] }
}

const VARIABLE = /{{\s*(\w+)\s*}}/g
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function patternOf(template: string): RegExp {
  const parts = template.split(VARIABLE)
  // split() with a capture group alternates literal text and variable names.
  const source = parts.map((part, index) => (index % 2 === 0 ? escape(part) : index === parts.length - 2 ? '(.*)' : '(.*?)'))
  return new RegExp(`^${source.join('')}`, 's')
}

const variablesOf = (template: string) => [...template.matchAll(VARIABLE)].map((m) => m[1]!)

const literalLength = (template: string) => template.replace(VARIABLE, '').length

function build(): PayloadString[] {
  const strings: PayloadString[] = []
  for (const namespace of NAMESPACES) {
    const thai = th.translations[namespace] as Record<string, string>
    const english = en.translations[namespace] as Record<string, string>
    for (const [key, thText] of Object.entries(thai)) {
      const enText = english[key]
      if (typeof thText !== 'string' || typeof enText !== 'string' || literalLength(thText) < 4) continue
      strings.push({
        key: `${namespace}:${key}`,
        th: thText,
        en: enText,
        pattern: { th: patternOf(thText), en: patternOf(enText) },
        vars: { th: variablesOf(thText), en: variablesOf(enText) },
      })
    }
  }
  // The most specific string first: "ไม่พบเอกสารที่มี ID {{id}}…" before "ไม่พบ".
  return strings.sort((a, b) => literalLength(b.th) - literalLength(a.th))
}

export const PAYLOAD_STRINGS: readonly PayloadString[] = build()

/** Fills `{{name}}` in a template from a map of values (missing ones left empty). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(VARIABLE, (_, name: string) => values[name] ?? '')
}
