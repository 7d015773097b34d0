/**
 * The ITA year we are in, and what judges it. ITA Y assesses fiscal year Y, so the year
 * in force is the fiscal year of `now` (Bangkok). Where that year has no framework yet
 * (no `ita-<year>.json`), the newest framework before it stands in as a provisional guide
 * for it: the same items, windows taken from the year in force, labelled "ยังไม่มีเกณฑ์
 * ITA <year>", so what is published today counts toward something and the office keeps
 * preparing. Adding the year's file makes it the year in force, with no code change.
 *
 * `now` is always given by the caller (the plugin's `now` option, a test's date).
 */
import type { Label } from '@prongsai/shared/bilingual'
import { fiscalYearOf } from '@prongsai/shared/thai-calendar'
import type { Framework } from './schema'
import { yearLabel } from './yearLabel'

export interface YearInForce {
  /** The fiscal year of `now` (BE): the ITA year in force. */
  year: number
  /** That year's framework, or the guide standing in for it (`guideFrom` set). */
  framework: Framework
  /** Every framework to compute with: the loaded ones, plus the guide where there is one. */
  frameworks: readonly Framework[]
}

/** The framework that judges ITA `year`: its own, else the newest before it (or the oldest) as a guide. */
export function frameworkForYear(frameworks: readonly Framework[], year: number): YearInForce | undefined {
  const own = frameworks.find((f) => f.year === year && !f.guideFrom)
  if (own) return { year, framework: own, frameworks }
  const sorted = [...frameworks].filter((f) => !f.guideFrom).sort((a, b) => b.year - a.year)
  const base = sorted.find((f) => f.year < year) ?? sorted.at(-1)
  if (!base) return undefined
  let byYear = guides.get(frameworks)
  if (!byYear) guides.set(frameworks, (byYear = new Map()))
  let found = byYear.get(year)
  if (!found) {
    const framework = guideFramework(base, year)
    // The same list each time: the status engine caches its rule sets by this list.
    found = { year, framework, frameworks: [...frameworks, framework] }
    byYear.set(year, found)
  }
  return found
}

const guides = new WeakMap<readonly Framework[], Map<number, YearInForce>>()

/** The year in force at `now` (see the file's comment). */
export function yearInForce(frameworks: readonly Framework[], now: Date): YearInForce | undefined {
  return frameworkForYear(frameworks, fiscalYearOf(now))
}

/** `base` standing in for `year`: provisional, and saying so in its title. */
export function guideFramework(base: Framework, year: number): Framework {
  const from = yearLabel(base)
  return {
    ...base,
    year,
    provisional: true,
    guideFrom: base.year,
    title: {
      th: `ยังไม่มีเกณฑ์ ITA ${year}: ตรวจตาม ${from.th} เป็นแนวทางชั่วคราว`,
      en: `No ITA ${year} framework yet: checked against ${from.en} as a provisional guide`,
    },
  }
}

/** "ยังไม่มีเกณฑ์ ITA 2570 — ใช้ ITA 2569 (ชั่วคราว) เป็นแนวทางชั่วคราว", for a guide; undefined otherwise. */
export function guideNote(framework: Pick<Framework, 'guideFrom' | 'year'>, frameworks: readonly Framework[]): Label | undefined {
  if (!framework.guideFrom) return undefined
  const base = frameworks.find((f) => f.year === framework.guideFrom && !f.guideFrom)
  const from = base ? yearLabel(base) : { th: `ITA ${framework.guideFrom}`, en: `ITA ${framework.guideFrom}` }
  return {
    th: `ยังไม่มีเกณฑ์ ITA ${framework.year} — ใช้เกณฑ์ ${from.th} เป็นแนวทางชั่วคราว`,
    en: `No ITA ${framework.year} framework yet — ${from.en} is used as a provisional guide`,
  }
}
