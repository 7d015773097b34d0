/**
 * Who may take each workflow step, from roles and divisions (seed 000's matrix): a
 * division's editors submit, its reviewers approve or send back, สำนักปลัด's publishers
 * publish any division's documents, administrators may do all and publish without an approval.
 */
import type { WorkflowPermissions } from '@prongsai/workflow'
import { editsAllDivisions } from '@/access/editsAllDivisions'
import { mayPublish } from '@/access/mayPublish'
import { mayPublishWithoutApproval } from '@/access/mayPublishWithoutApproval'
import { hasRole, idOf, isOwnDivision } from '@/access/roles'

/** The document's responsible division id (populated or not); undefined for "all divisions". */
export function divisionOf(doc: Record<string, unknown>): number | string | undefined {
  return idOf(doc.division)
}

/** Whether the document belongs to one of the user's divisions (or to no division in particular). */
export function inOwnDivision(user: unknown, doc: Record<string, unknown>): boolean {
  const division = divisionOf(doc)
  return division === undefined || isOwnDivision(user, division)
}

export const permissions: WorkflowPermissions = {
  submit: ({ doc, req }) =>
    editsAllDivisions(req.user) ||
    ((hasRole(req.user, 'editor') || hasRole(req.user, 'reviewer')) && inOwnDivision(req.user, doc)),
  review: ({ doc, req }) =>
    editsAllDivisions(req.user) || (hasRole(req.user, 'reviewer') && inOwnDivision(req.user, doc)),
  publish: ({ req }) => mayPublish(req.user),
  skipApproval: ({ req }) => mayPublishWithoutApproval(req.user),
}

/** The steps that wait for each role ("งานของฉัน"). */
export function taskStates(user: Record<string, unknown>) {
  const states = new Set<'approved' | 'draft' | 'returned' | 'submitted'>()
  if (hasRole(user, 'editor')) ['returned', 'draft'].forEach((s) => states.add(s as 'draft'))
  if (hasRole(user, 'reviewer')) states.add('submitted')
  if (hasRole(user, 'admin')) states.add('submitted')
  if (mayPublish(user)) states.add('approved')
  return [...states]
}
