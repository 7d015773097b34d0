/**
 * Who is reminded of a division's OIT items (the OIT plugin's `reminders.recipients`):
 * the people who prepare and review them — users with the role editor or reviewer whose
 * divisions include the one with that code. An item of every division (`all`) goes to the
 * editors and reviewers of every division. Publishers and administrators are not reminded:
 * they see everything on the status page. Each with the language of their account.
 * Where documents belong to organisations, only that organisation's divisions and people.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Recipient } from '@prongsai/shared/recipient'

import { staffEmails } from './staffEmails'

const ROLES = ['editor', 'reviewer']

export async function divisionRecipients({
  payload,
  req,
  divisionCode,
  organisation,
}: {
  payload: Payload
  req: PayloadRequest
  divisionCode: string
  organisation?: number | string
}): Promise<Recipient[]> {
  const inOrganisation: Where[] = organisation === undefined ? [] : [{ tenant: { equals: organisation } }]
  const { docs: divisions } = await payload.find({
    collection: 'divisions',
    where: { and: [...(divisionCode === 'all' ? [] : [{ code: { equals: divisionCode } }]), ...inOrganisation] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true },
    req,
  })
  if (divisions.length === 0) return []
  return staffEmails(payload, { roles: ROLES, divisions: divisions.map((d) => d.id), organisation }, req)
}
