/**
 * Item-scope components: judged across an item's published documents, not on one
 * document (the publish gate cannot see them). The framework names them as `custom`
 * checks; each is one narrow count.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

/** `scope`: the organisation whose documents count (undefined: one organisation, all of them). */
export type ItemCheck = (payload: Payload, req?: PayloadRequest, scope?: Where) => Promise<boolean>

const published: Where = { _status: { equals: 'published' } }

async function exists(
  payload: Payload,
  req: PayloadRequest | undefined,
  scope: Where | undefined,
  collection: CollectionSlug,
  where: Where,
) {
  const { totalDocs } = await payload.db.count({
    collection,
    where: { and: [published, where, ...(scope ? [scope] : [])] },
    req,
  })
  return totalDocs > 0
}

export const ITEM_CHECKS: Record<string, ItemCheck> = {
  hasTopExecutive: (payload, req, scope) => exists(payload, req, scope, 'executives', { rank: { equals: 'top' } }),
  hasDeputyExecutive: (payload, req, scope) => exists(payload, req, scope, 'executives', { rank: { equals: 'deputy' } }),
  hasBothExecutiveSides: async (payload, req, scope) =>
    (await exists(payload, req, scope, 'executives', { side: { equals: 'political' } })) &&
    (await exists(payload, req, scope, 'executives', { side: { equals: 'permanent' } })),
  organisationHasEitSurvey: (payload, req, scope) =>
    exists(payload, req, scope, 'organisations', {
      // An emptied link is '' on SQLite (not null): not a survey either.
      or: [
        { 'eitSurvey.qrCode': { exists: true } },
        { and: [{ 'eitSurvey.url': { exists: true } }, { 'eitSurvey.url': { not_equals: '' } }] },
      ],
    }),
}

/** The collections the item checks read: a change there can change a verdict. */
export const ITEM_CHECK_COLLECTIONS: readonly CollectionSlug[] = ['executives', 'organisations'] as CollectionSlug[]
