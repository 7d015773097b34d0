import type {
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  Field,
  PayloadRequest,
} from 'payload'

import type { GateSettings } from '../defaults'
import { evaluate } from '../engine/evaluate'
import type { RuleSet } from '../rules/schema'

/** A gated collection and the paths of its fields that reference one target collection. */
export interface Referrer {
  slug: string
  paths: string[]
  sets: RuleSet[]
}

/** Paths (dotted, through groups, named tabs and arrays) of the fields that reference `target`. */
export function referencePaths(fields: Field[], target: string, prefix = ''): string[] {
  const out: string[] = []
  for (const field of fields) {
    if ((field.type === 'upload' || field.type === 'relationship') && 'relationTo' in field) {
      const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if ((to as string[]).includes(target)) out.push(`${prefix}${field.name}`)
    } else if (field.type === 'group' || field.type === 'array') {
      const inner = 'name' in field && field.name ? `${prefix}${field.name}.` : prefix
      out.push(...referencePaths(field.fields, target, inner))
    } else if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...referencePaths(field.fields, target, prefix))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
        out.push(...referencePaths(tab.fields, target, inner))
      }
    }
  }
  return out
}

/** The document with every reference to `id` at `paths` removed, as the database leaves it after the delete. */
function withoutReference(value: unknown, path: string[], id: number | string): unknown {
  if (Array.isArray(value)) return value.map((row) => withoutReference(row, path, id))
  if (!value || typeof value !== 'object') return value
  const [head, ...rest] = path as [string, ...string[]]
  const record = value as Record<string, unknown>
  if (!(head in record)) return value
  if (rest.length) return { ...record, [head]: withoutReference(record[head], rest, id) }
  const refersTo = (v: unknown) =>
    String(
      v && typeof v === 'object' ? ((v as { value?: unknown; id?: unknown }).value ?? (v as { id?: unknown }).id) : v,
    ) === String(id)
  const current = record[head]
  return {
    ...record,
    [head]: Array.isArray(current) ? current.filter((v) => !refersTo(v)) : refersTo(current) ? null : current,
  }
}

const noted = (collection: string, id: number | string) => `publish-gate:referrers:${collection}:${id}`

/**
 * A stored verdict depends on other documents through references (a file, an executive):
 * deleting one of them could leave a published document `ready` that no longer is. Before
 * the delete, the gated documents that reference it are noted; after it (in the same
 * transaction), each is judged again without the reference and its stored verdict
 * corrected. Straight through the adapter: no hooks, no new version.
 */
export function noteReferrers(referrers: Referrer[]): CollectionBeforeDeleteHook {
  return async ({ collection, id, req }) => {
    const found: { referrer: Referrer; ids: (number | string)[] }[] = []
    for (const referrer of referrers) {
      const { docs } = await req.payload.db.find({
        collection: referrer.slug as never,
        where: { or: referrer.paths.map((path) => ({ [path]: { equals: id } })) },
        pagination: false,
        req,
      })
      if (docs.length) found.push({ referrer, ids: docs.map((d) => (d as { id: number | string }).id) })
    }
    if (found.length) (req.context ??= {})[noted(collection.slug, id)] = found
  }
}

export function rejudgeReferrers(settings: GateSettings): CollectionAfterDeleteHook {
  return async ({ collection, id, req, doc }) => {
    const found = req.context?.[noted(collection.slug, id)] as
      { referrer: Referrer; ids: (number | string)[] }[] | undefined
    if (!found) return doc
    for (const { referrer, ids } of found) {
      for (const referrerId of ids) await rejudge(req, settings, referrer, referrerId, id)
    }
    return doc
  }
}

async function rejudge(
  req: PayloadRequest,
  settings: GateSettings,
  referrer: Referrer,
  referrerId: number | string,
  deletedId: number | string,
) {
  const saved = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({
    collection: referrer.slug as never,
    where: { id: { equals: referrerId } },
    req,
  })
  if (!saved) return
  let doc: unknown = saved
  for (const path of referrer.paths) doc = withoutReference(doc, path.split('.'), deletedId)
  const verdict = evaluate(referrer.sets, doc as Record<string, unknown>, settings.customChecks).complete
    ? 'ready'
    : 'incomplete'
  if (saved[settings.readinessField] === verdict) return
  await req.payload.db.updateOne({
    collection: referrer.slug as never,
    id: referrerId,
    data: { [settings.readinessField]: verdict },
    req,
  })
}

/** For each collection, the gated collections whose fields reference it. */
export function referrersByTarget(
  collections: CollectionConfig[],
  gated: Record<string, RuleSet[]>,
): Map<string, Referrer[]> {
  const out = new Map<string, Referrer[]>()
  for (const target of collections) {
    const referrers = collections
      .filter((c) => gated[c.slug])
      .map((c) => ({ slug: c.slug, paths: referencePaths(c.fields, target.slug), sets: gated[c.slug]! }))
      .filter((r) => r.paths.length > 0)
    if (referrers.length) out.set(target.slug, referrers)
  }
  return out
}
