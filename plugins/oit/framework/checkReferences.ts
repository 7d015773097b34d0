/**
 * Checks that a framework points at things that exist: every item's collection and
 * filter, every component's field paths and PDF component key, every declaration path.
 * Run when the plugin is applied, so a typo stops start-up instead of silently
 * judging every document "missing".
 */
import type { CollectionConfig } from 'payload'

import { fieldAtPath, selectValues } from './fieldPaths'
import type { CatalogComponent, Catalog, Category } from './catalogSchema'
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

type CategoryLike = Pick<Category, 'collection' | 'where'> & {
  components: readonly Pick<CatalogComponent, 'key' | 'check' | 'pdfComponent'>[]
}

/** What a category (collection, filter, components) refers to that does not exist. */
function categoryProblems(
  where: string,
  category: CategoryLike,
  collection: CollectionConfig | undefined,
  prefix = '',
): string[] {
  if (!collection) return [`${where} › ${prefix}collection: ไม่มีคอลเลกชัน / no collection "${category.collection}"`]
  const problems: string[] = []
  for (const [key, value] of Object.entries(category.where)) {
    const field = fieldAtPath(collection.fields, key)
    if (!field) {
      problems.push(`${where} › ${prefix}where.${key}: ไม่มีฟิลด์ / no field "${key}" in ${collection.slug}`)
      continue
    }
    const options = selectValues(field)
    if (options && !options.includes(String(value))) {
      problems.push(
        `${where} › ${prefix}where.${key}: "${value}" ไม่ใช่ตัวเลือก / is not an option (${options.join(', ')})`,
      )
    }
  }
  const pdfKeys = selectValues(fieldAtPath(collection.fields, 'componentLocations.component')) ?? []
  category.components.forEach((component, index) => {
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
  return problems
}

/** The catalogue's references, category by category: `categories.json › laws › components[0] (title) › check: …`. */
export function findCatalogProblems(
  catalog: Catalog,
  collections: readonly CollectionConfig[],
  file = 'categories.json',
): string[] {
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  return catalog.categories.flatMap((category) =>
    categoryProblems(`${file} › ${category.key}`, category, bySlug.get(category.collection)),
  )
}

/** A resolved year's references, item by item (the category's, and the item's own declaration path). */
export function findReferenceProblems(
  framework: Framework,
  collections: readonly CollectionConfig[],
  file = `ita-${framework.year}`,
): string[] {
  const bySlug = new Map(collections.map((c) => [c.slug, c]))
  return framework.items.flatMap((item) => {
    const where = `${file} › ${item.code}`
    const collection = bySlug.get(item.category.collection)
    const problems = categoryProblems(where, { ...item.category, components: item.components }, collection, 'category.')
    if (collection && item.declaredNone && !fieldAtPath(collection.fields, `${item.declaredNone.path}.isNone`)) {
      problems.push(
        `${where} › declaredNone.path: ไม่มีกลุ่มประกาศว่าไม่มี / no declaration group "${item.declaredNone.path}" in ${collection.slug}`,
      )
    }
    return problems
  })
}
