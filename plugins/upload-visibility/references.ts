/**
 * Where documents reference files: the reference fields of a collection (as query paths)
 * and the file ids a document's data holds, through groups, tabs, rows, collapsibles,
 * arrays and blocks. Rich-text uploads are not followed.
 */
import type { Block, Field, Where } from 'payload'

import type { ReferencePath } from './defaults'

export type FileId = number | string
/** Upload collection slug → ids of its files. */
export type FileRefs = Map<string, Set<FileId>>

/** Finds a block by slug (for `blockReferences`, which name blocks of the config). */
export type BlockLookup = (slug: string) => Block | undefined

function blocksOf(field: Extract<Field, { type: 'blocks' }>, lookup: BlockLookup): Block[] {
  const list = (field.blockReferences ?? field.blocks) as (Block | string)[]
  return list.flatMap((block) => {
    const found = typeof block === 'string' ? lookup(block) : block
    return found ? [found] : []
  })
}

/** Paths of the fields that reference any of `targets`, by target. */
export function referencePaths(
  fields: readonly Field[],
  targets: ReadonlySet<string>,
  lookup: BlockLookup,
  prefix = '',
  out: Map<string, ReferencePath[]> = new Map(),
): Map<string, ReferencePath[]> {
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        for (const slug of to as string[]) {
          if (!targets.has(slug)) continue
          out.set(slug, [
            ...(out.get(slug) ?? []),
            { path: `${prefix}${field.name}`, polymorphic: Array.isArray(field.relationTo) },
          ])
        }
        break
      }
      case 'group':
        referencePaths(
          field.fields,
          targets,
          lookup,
          'name' in field && field.name ? `${prefix}${field.name}.` : prefix,
          out,
        )
        break
      case 'array':
        referencePaths(field.fields, targets, lookup, `${prefix}${field.name}.`, out)
        break
      case 'blocks':
        for (const block of blocksOf(field, lookup)) {
          referencePaths(block.fields, targets, lookup, `${prefix}${field.name}.`, out)
        }
        break
      case 'row':
      case 'collapsible':
        referencePaths(field.fields, targets, lookup, prefix, out)
        break
      case 'tabs':
        for (const tab of field.tabs) {
          referencePaths(tab.fields, targets, lookup, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, out)
        }
        break
    }
  }
  return out
}

function idOf(value: unknown): FileId | undefined {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : undefined
}

function add(out: FileRefs, slug: string, id: FileId | undefined) {
  if (id === undefined) return
  const ids = out.get(slug) ?? new Set<FileId>()
  // One entry per document, whether the id came as a number or as a string.
  if (![...ids].some((known) => String(known) === String(id))) ids.add(id)
  out.set(slug, ids)
}

/** The files of `targets` a document's data references (ids, or populated documents). */
export function referencedFiles(
  fields: readonly Field[],
  data: unknown,
  targets: ReadonlySet<string>,
  lookup: BlockLookup,
  out: FileRefs = new Map(),
): FileRefs {
  if (!data || typeof data !== 'object') return out
  const record = data as Record<string, unknown>
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        const value = record[field.name]
        for (const item of Array.isArray(value) ? value : [value]) {
          if (Array.isArray(field.relationTo)) {
            const ref = item as { relationTo?: string; value?: unknown } | null
            if (ref && typeof ref === 'object' && ref.relationTo && targets.has(ref.relationTo)) {
              add(out, ref.relationTo, idOf(ref.value))
            }
          } else if (targets.has(field.relationTo as string)) {
            add(out, field.relationTo as string, idOf(item))
          }
        }
        break
      }
      case 'group':
        referencedFiles(field.fields, 'name' in field && field.name ? record[field.name] : record, targets, lookup, out)
        break
      case 'array': {
        const rows = record[field.name]
        if (Array.isArray(rows)) for (const row of rows) referencedFiles(field.fields, row, targets, lookup, out)
        break
      }
      case 'blocks': {
        const rows = record[field.name]
        if (!Array.isArray(rows)) break
        const blocks = blocksOf(field, lookup)
        for (const row of rows) {
          const block = blocks.find((b) => b.slug === (row as { blockType?: string } | null)?.blockType)
          if (block) referencedFiles(block.fields, row, targets, lookup, out)
        }
        break
      }
      case 'row':
      case 'collapsible':
        referencedFiles(field.fields, record, targets, lookup, out)
        break
      case 'tabs':
        for (const tab of field.tabs) {
          referencedFiles(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, targets, lookup, out)
        }
        break
    }
  }
  return out
}

/** Adds every file of `from` to `into`. */
export function mergeFiles(into: FileRefs, from: FileRefs | undefined): FileRefs {
  for (const [slug, ids] of from ?? []) for (const id of ids) add(into, slug, id)
  return into
}

/** A `where` matching documents that reference file `id` of `upload` at one of `paths`. */
export function refersTo(paths: readonly ReferencePath[], upload: string, id: FileId): Where {
  return {
    or: paths.map((p) =>
      p.polymorphic
        ? { and: [{ [`${p.path}.relationTo`]: { equals: upload } }, { [`${p.path}.value`]: { equals: id } }] }
        : { [p.path]: { equals: id } },
    ),
  }
}

/** The top-level fields that hold the given paths (what a read must select). */
export function topLevelSelect(paths: readonly ReferencePath[]): Record<string, true> {
  return Object.fromEntries(paths.map((p) => [p.path.split('.')[0]!, true as const]))
}
