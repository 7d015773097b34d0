import type { Label } from '@prongsai/shared/bilingual'
import { NAMESPACE, translations } from '../translations'
import type { Framework } from './schema'

/** The mark of a provisional year, as each language writes it after the year: " (ชั่วคราว)", " (provisional)". */
export function provisionalMark(language: 'en' | 'th'): string {
  return ` (${translations[language][NAMESPACE].provisional})`
}

/** How a person reads an ITA year: "ITA 2566", or "ITA 2569 (ชั่วคราว)" / "ITA 2569 (provisional)". */
export function yearLabel(framework: Pick<Framework, 'provisional' | 'year'>): Label {
  return {
    th: `ITA ${framework.year}${framework.provisional ? provisionalMark('th') : ''}`,
    en: `ITA ${framework.year}${framework.provisional ? provisionalMark('en') : ''}`,
  }
}
