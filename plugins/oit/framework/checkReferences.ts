/**
 * Checks that a framework points at things that exist: every item's collection and
 * filter, every component's field paths and PDF component key, every declaration path.
 * Run when the plugin is applied, so a typo stops start-up instead of silently
 * judging every document "missing".
 */
import type { CollectionConfig } from 'payload'

import { fieldAtPath, selectValues } from './fieldPaths'
import type { Check, Framework } from './schema'

/** All field paths a check reads (rows sub-fields as `array.sub`). */
export function checkPaths(check: Check): string[] {
  switch (check.type) {
    case 'present':
    case 'equals':
    case 'upload':
    case 'dateWithin':
      return [check.path]
    case 'greaterThan':
      return [check.path, check.otherPath]
    case 'rows':
      return [check.path, ...check.each.flat().map((sub) => `${check.path}.${sub}`)]
    case 'anyOf':
    case 'allOf':
      return check.checks.flatMap(checkPaths)
    case 'custom':
      return []
  }
}

export function findReferenceProblems(framework: Framework, collections: readonly CollectionConfig[], file = `ita-${framework.year}`): string[] {
  const problems: string[] = []
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  for (const item of framework.items) {
    const where = `${file} › ${item.code}`
    const collection = bySlug.get(item.category.collection)
    if (!collection) {
      problems.push(`${where} › category.collection: ไม่มีคอลเลกชัน / no collection "${item.category.collection}"`)
      continue
    }
    for (const [key, value] of Object.entries(item.category.where)) {
      const field = fieldAtPath(collection.fields, key)
      if (!field) {
        problems.push(`${where} › category.where.${key}: ไม่มีฟิลด์ / no field "${key}" in ${collection.slug}`)
        continue
      }
      const options = selectValues(field)
      if (options && !options.includes(String(value))) {
        problems.push(`${where} › category.where.${key}: "${value}" ไม่ใช่ตัวเลือก / is not an option (${options.join(', ')})`)
      }
    }
    if (item.declaredNone) {
      const flag = fieldAtPath(collection.fields, `${item.declaredNone.path}.isNone`)
      if (!flag) {
        problems.push(`${where} › declaredNone.path: ไม่มีกลุ่มประกาศว่าไม่มี / no declaration group "${item.declaredNone.path}" in ${collection.slug}`)
      }
    }
    const pdfKeys = selectValues(fieldAtPath(collection.fields, 'componentLocations.component')) ?? []
    item.components.forEach((component, index) => {
      const at = `${where} › components[${index}] (${component.key})`
      for (const path of checkPaths(component.check)) {
        if (!fieldAtPath(collection.fields, path)) {
          problems.push(`${at} › check: ไม่มีฟิลด์ / no field "${path}" in ${collection.slug}`)
        }
      }
      if (component.pdfComponent && !pdfKeys.includes(component.pdfComponent)) {
        problems.push(
          `${at} › pdfComponent: "${component.pdfComponent}" ไม่อยู่ในรายการองค์ประกอบ PDF / is not a PDF component of ${collection.slug} (${pdfKeys.join(', ') || 'none'})`,
        )
      }
    })
  }
  return problems
}
