/** One message for an editor, Thai first and English beside it: "ไทย / English". */
export function bilingual(th: string, en: string): string {
  return `${th} / ${en}`
}

/** Thai + English label object, the shape Payload accepts for labels and descriptions. */
export interface Label {
  [language: string]: string
  th: string
  en: string
}
