/**
 * Who is told of a workflow step: the next actor. Submitted → the division's reviewers
 * (publishers when it has none); approved → publishers; sent back, published or
 * unpublished → whoever submitted it; when nobody did (published directly), a send-back or
 * an unpublish goes to the division's editors, a publish to nobody. Each with the language
 * of their account (`language`): the e-mail is in that language. Only people of the
 * document's own organisation.
 */
import type { NotifyArgs, Recipient } from '@prongsai/workflow'
import { idOf } from '@/access/roles'
import { ORGANISATION_FIELD } from '@/tenancy/slugs'
import { divisionOf } from './permissions'
import { staffEmails } from './staffEmails'

const ofDivision = (division: number | string | undefined) => (division === undefined ? undefined : [division])

export async function workflowRecipients({ action, doc, req, submittedBy }: NotifyArgs): Promise<Recipient[]> {
  const division = divisionOf(doc)
  const organisation = idOf((doc as Record<string, unknown>)[ORGANISATION_FIELD])
  const publishers = () => staffEmails(req.payload, { roles: ['publisher'], organisation }, req)
  switch (action) {
    case 'submit': {
      const reviewers = await staffEmails(req.payload, { roles: ['reviewer'], divisions: ofDivision(division), organisation }, req)
      return reviewers.length ? reviewers : publishers()
    }
    case 'approve':
      return publishers()
    case 'sendBack':
    case 'publish':
    case 'unpublish':
      if (submittedBy?.email) return [{ email: submittedBy.email, language: submittedBy.language }]
      if (action === 'publish') return []
      return staffEmails(req.payload, { roles: ['editor'], divisions: ofDivision(division), organisation }, req)
    default:
      return []
  }
}
