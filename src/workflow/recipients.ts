/**
 * Who is told of a workflow step: the next actor. Submitted → the division's reviewers
 * (publishers when it has none); approved → publishers; sent back, published or
 * unpublished → whoever submitted it (else the division's editors).
 */
import type { Payload, Where } from 'payload'

import type { NotifyArgs } from '../../plugins/workflow'
import { divisionOf } from './permissions'

async function emails(payload: Payload, where: Where): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where,
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.map((u) => (u as { email: string }).email)
}

const ofDivision = (division: number | string | undefined): Where[] =>
  division === undefined ? [] : [{ departments: { in: [division] } }]

export async function workflowRecipients({ action, doc, req, submittedBy }: NotifyArgs): Promise<string[]> {
  const division = divisionOf(doc)
  const publishers = () => emails(req.payload, { roles: { in: ['publisher'] } })
  switch (action) {
    case 'submit': {
      const reviewers = await emails(req.payload, { and: [{ roles: { in: ['reviewer'] } }, ...ofDivision(division)] })
      return reviewers.length ? reviewers : publishers()
    }
    case 'approve':
      return publishers()
    case 'sendBack':
    case 'publish':
    case 'unpublish':
      if (submittedBy?.email) return [submittedBy.email]
      return action === 'sendBack'
        ? emails(req.payload, { and: [{ roles: { in: ['editor'] } }, ...ofDivision(division)] })
        : []
    default:
      return []
  }
}
