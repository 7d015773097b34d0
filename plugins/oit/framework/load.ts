/**
 * Reads the framework data (the category catalogue and one file per ITA year), checks
 * them with zod and resolves each year into a {@link Framework}. An error names the file,
 * the item and the field, so whoever adds a year sees at once what to fix.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'

import { type Catalog, catalogSchema } from './catalogSchema'
import { expandYear } from './expandYear'
import type { Framework } from './schema'
import { yearSchemaFor } from './yearSchema'

/** The catalogue's file name among the framework sources; every other file is a year. */
export const CATALOG_FILE = 'categories.json'

/** A framework as read from somewhere, before validation. */
export interface FrameworkSource {
  /** File name shown in errors, e.g. `ita-2566.json`. */
  file: string
  data: unknown
}

export class FrameworkError extends Error {
  override name = 'FrameworkError'
}

/** Reads every `*.json` file of a folder, in name order. */
export function readFrameworkDir(dir: string): FrameworkSource[] {
  if (!fs.existsSync(dir)) {
    throw new FrameworkError(`ไม่พบโฟลเดอร์กรอบการประเมิน / framework folder not found: ${dir}`)
  }
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8')
      try {
        return { file, data: JSON.parse(text) as unknown }
      } catch (error) {
        throw new FrameworkError(`${file}: ไม่ใช่ JSON ที่ถูกต้อง / not valid JSON: ${(error as Error).message}`)
      }
    })
}

/** Where in the file an issue is: `items[3] (o4) › components[1] (photo) › check › path`. */
export function describeIssuePath(data: unknown, issuePath: readonly PropertyKey[]): string {
  const parts: string[] = []
  let node: unknown = data
  for (const key of issuePath) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined
    if (typeof key === 'number') {
      const name =
        node && typeof node === 'object'
          ? ((node as { code?: unknown; key?: unknown }).code ?? (node as { key?: unknown }).key)
          : undefined
      const last = parts.pop() ?? ''
      parts.push(`${last}[${key}]${typeof name === 'string' ? ` (${name})` : ''}`)
    } else {
      parts.push(String(key))
    }
  }
  return parts.join(' › ') || '(root)'
}

function formatIssues(file: string, data: unknown, error: z.ZodError): string {
  const lines = error.issues.slice(0, 10).map((issue) => `  - ${describeIssuePath(data, issue.path)}: ${issue.message}`)
  const more = error.issues.length > 10 ? `\n  … and ${error.issues.length - 10} more` : ''
  return `${file}: กรอบการประเมินไม่ถูกต้อง / invalid framework\n${lines.join('\n')}${more}`
}

/** Validates the catalogue and the years, and resolves each year. Throws {@link FrameworkError}. */
export function parseFrameworkData(sources: FrameworkSource[]): { catalog: Catalog; frameworks: Framework[] } {
  const catalogSource = sources.find((s) => s.file === CATALOG_FILE)
  if (!catalogSource) {
    throw new FrameworkError(
      `ไม่พบ ${CATALOG_FILE} (หมวดข้อมูลและองค์ประกอบ) / ${CATALOG_FILE} (the category catalogue) is missing`,
    )
  }
  const parsedCatalog = catalogSchema.safeParse(catalogSource.data)
  if (!parsedCatalog.success)
    throw new FrameworkError(formatIssues(CATALOG_FILE, catalogSource.data, parsedCatalog.error))
  const catalog = parsedCatalog.data
  const yearSchema = yearSchemaFor(catalog)

  const frameworks: Framework[] = []
  const years = new Map<number, string>()
  for (const { file, data } of sources.filter((s) => s !== catalogSource)) {
    const year = yearSchema.safeParse(data)
    if (!year.success) throw new FrameworkError(formatIssues(file, data, year.error))
    // The year schema already holds the resolved form's invariants (codes unique across
    // groups, indicators listed, component keys unique); a unit test checks the result.
    const framework = expandYear(year.data, catalog)
    const previous = years.get(framework.year)
    if (previous) {
      throw new FrameworkError(
        `${file}: ปี ${framework.year} ซ้ำกับ ${previous} / year ${framework.year} is also defined in ${previous}`,
      )
    }
    years.set(framework.year, file)
    frameworks.push(framework)
  }
  return { catalog, frameworks: frameworks.sort((a, b) => b.year - a.year) }
}

/** The resolved frameworks, newest first. Throws {@link FrameworkError}. */
export function parseFrameworks(sources: FrameworkSource[]): Framework[] {
  return parseFrameworkData(sources).frameworks
}
