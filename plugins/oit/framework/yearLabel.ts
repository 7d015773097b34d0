import type { Framework } from './schema'

/** How a person reads an ITA year: "ITA 2566", or "ITA 2569 (ชั่วคราว)" / "ITA 2569 (provisional)". */
export function yearLabel(framework: Pick<Framework, 'provisional' | 'year'>): { th: string; en: string } {
  return {
    th: `ITA ${framework.year}${framework.provisional ? ' (ชั่วคราว)' : ''}`,
    en: `ITA ${framework.year}${framework.provisional ? ' (provisional)' : ''}`,
  }
}
