/**
 * The framework data files as the plugin reads them, and small editors over a copy of a
 * year file (items sit in `groups[].items[]`), to make broken or made-up years in tests.
 */
import type { FrameworkSource } from '@prongsai/oit/types'
import { CATALOG_FILE, FRAMEWORKS_DIR, readFrameworkDir } from '@prongsai/oit/utilities'

export { FRAMEWORKS_DIR }

export const frameworkSources = (): FrameworkSource[] => readFrameworkDir(FRAMEWORKS_DIR)

export const catalogSource = (sources = frameworkSources()): FrameworkSource =>
  sources.find((s) => s.file === CATALOG_FILE)!

/** A deep copy of one year's file data. */
export function yearData(year: number, sources = frameworkSources()): any {
  return structuredClone(sources.find((s) => (s.data as { year?: number }).year === year)!.data)
}

/** The item of a year file's data with that code. */
export function itemIn(data: any, code: string): any {
  for (const group of data.groups) {
    const item = group.items.find((i: { code: string }) => i.code === code)
    if (item) return item
  }
  throw new Error(`no item ${code}`)
}

/** Sets a component's level in a year file's item (turning the key into an object). */
export function setLevel(data: any, code: string, key: string, level: string): void {
  const item = itemIn(data, code)
  item.components = item.components.map((ref: any) =>
    (typeof ref === 'string' ? ref : ref.key) === key ? { ...(typeof ref === 'string' ? { key } : ref), level } : ref,
  )
}

/** Sources for `parseFrameworks`: the real catalogue plus the given year files. */
export function withCatalog(...years: FrameworkSource[]): FrameworkSource[] {
  return [catalogSource(), ...years]
}
