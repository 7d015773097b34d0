import type { Framework } from './schema'
import { yearLabel } from './yearLabel'

/**
 * Which items of which ITA year a collection serves, for editors: "ใช้ใน ITA 2566 o2, o3".
 * Computed from the loaded frameworks, so a new year's file brings its codes and the
 * collections themselves stay year-neutral. Undefined when no item uses the collection.
 */
export function usedIn(frameworks: readonly Framework[], slug: string): { th: string; en: string } | undefined {
  const years = [...frameworks]
    .sort((a, b) => b.year - a.year)
    .map((f) => ({
      ita: yearLabel(f),
      codes: f.items.filter((i) => i.category.collection === slug).map((i) => i.code),
    }))
    .filter((y) => y.codes.length > 0)
  if (years.length === 0) return undefined
  const list = (language: 'en' | 'th') => years.map((y) => `${y.ita[language]} ${y.codes.join(', ')}`).join(' · ')
  return { th: `ใช้ใน ${list('th')}`, en: `Used in ${list('en')}` }
}

/** A collection's own description with the items it serves after it. */
export function withUsedIn(description: unknown, used: { th: string; en: string }): unknown {
  if (description === undefined || description === null || description === '') return used
  if (typeof description === 'string') return { th: `${description} · ${used.th}`, en: `${description} · ${used.en}` }
  if (typeof description === 'object') {
    const own = description as Record<string, string>
    return { ...own, th: own.th ? `${own.th} · ${used.th}` : used.th, en: own.en ? `${own.en} · ${used.en}` : used.en }
  }
  // A function is the app's own: leave it.
  return description
}
