/**
 * Item-scope components: judged across an item's published documents, not on one
 * document (the publish gate cannot see them). The framework names them as `custom`
 * checks; each is one narrow count.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

export type ItemCheck = (payload: Payload, req?: PayloadRequest) => Promise<boolean>

const published: Where = { _status: { equals: 'published' } }

async function exists(payload: Payload, req: PayloadRequest | undefined, collection: CollectionSlug, where: Where) {
  const { totalDocs } = await payload.db.count({
    collection,
    where: { and: [published, where] },
    req,
  })
  return totalDocs > 0
}

export const ITEM_CHECKS: Record<string, ItemCheck> = {
  hasTopExecutive: (payload, req) => exists(payload, req, 'executives', { rank: { equals: 'top' } }),
  hasDeputyExecutive: (payload, req) => exists(payload, req, 'executives', { rank: { equals: 'deputy' } }),
  hasBothExecutiveSides: async (payload, req) =>
    (await exists(payload, req, 'executives', { side: { equals: 'political' } })) &&
    (await exists(payload, req, 'executives', { side: { equals: 'permanent' } })),
  organisationHasEitSurvey: (payload, req) =>
    exists(payload, req, 'organisations', {
      // An emptied link is '' on SQLite (not null): not a survey either.
      or: [
        { 'eitSurvey.qrCode': { exists: true } },
        { and: [{ 'eitSurvey.url': { exists: true } }, { 'eitSurvey.url': { not_equals: '' } }] },
      ],
    }),
}
