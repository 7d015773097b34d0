import type { PayloadRequest } from 'payload'

import { valueAt } from '@prongsai/publish-gate/utilities'
import type { Framework } from '../framework/schema'
import { organisationOfDoc, organisationWhere, withinOrganisation } from '../organisations/scope'
import { assignedDivisions, type DivisionsOption } from './assignedDivisions'

/**
 * The division (its id) that answers for the item a document serves: the item whose
 * category the document is in, in the framework of the document's fiscal year, else in the
 * newest firm framework that has such an item (a later year may drop a category, e.g.
 * laws), else in a provisional one.
 * Undefined when no item matches or the item belongs to all divisions. Among the divisions
 * of the document's own organisation, where documents belong to organisations.
 */
export async function itemDivisionOf(
  req: PayloadRequest,
  frameworks: readonly Framework[],
  divisions: DivisionsOption,
  collection: string,
  doc: Record<string, unknown>,
): Promise<number | string | undefined> {
  const newestFirst = [...frameworks].sort((a, b) => b.year - a.year)
  const candidates = [
    ...newestFirst.filter((f) => f.year === doc.fiscalYear),
    // Otherwise firm years before provisional ones, as the publish gate ranks them.
    ...newestFirst.filter((f) => f.year !== doc.fiscalYear && !f.provisional),
    ...newestFirst.filter((f) => f.year !== doc.fiscalYear && f.provisional),
  ]
  const itemIn = (framework: Framework) =>
    framework.items.find(
      (candidate) =>
        candidate.category.collection === collection &&
        Object.entries(candidate.category.where).every(([key, value]) => valueAt(doc, key) === value),
    )
  const framework = candidates.find((f) => itemIn(f))
  const item = framework && itemIn(framework)
  if (!framework || !item) return undefined
  const organisation = organisationOfDoc(req.payload, doc)
  const code = (await assignedDivisions(req.payload, framework, divisions, req, organisation)).get(item.code)
  if (!code || code === 'all') return undefined
  const { docs } = await req.payload.db.find({
    collection: divisions.collection,
    where: withinOrganisation({ [divisions.codeField]: { equals: code } }, organisationWhere(req.payload, organisation)),
    limit: 1,
    req,
  })
  return (docs[0] as { id?: number | string } | undefined)?.id
}
