/** Words in several languages (`{ th, en }`, or any others), and the one to show. */
export type LocalizedText = Record<string, string>

/** The words in `language`, else in the first language given (a plain string is the same in all). */
export function localize(text: LocalizedText | string | undefined, language: string): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return text[language] ?? Object.values(text)[0] ?? ''
}

/** A stable key for words in every language (to tell one component from another). */
export const textKey = (text: LocalizedText): string => JSON.stringify(Object.entries(text).sort(([a], [b]) => a.localeCompare(b)))
