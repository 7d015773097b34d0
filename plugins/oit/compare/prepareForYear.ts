/**
 * The organisation's side of a comparison: for each item of the newer year, which of its
 * documents already serve it and what it must still prepare, as the status engine judges
 * that year (its windows, components and minimums).
 *
 * Where a deployment serves several organisations, the status engine keeps to the
 * request's organisation (the plugin's `organisations` option), so this is that
 * organisation's side.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Framework } from '../framework/schema'
import { computeYearStatus } from '../status/computeStatus'
import type { FrameworkComparison } from './compareFrameworks'
import { type OrganisationPreparation, preparationOf } from './preparationOf'

export interface PrepareOptions {
  payload: Payload
  /** The reader's request: drafts they may not read are left unnamed, as in the status. */
  req: PayloadRequest
  /** The newer year's framework (`comparison.to`). */
  framework: Framework
  frameworks: readonly Framework[]
  comparison: FrameworkComparison
  siteUrl: string
  now?: Date
}

export async function prepareForYear(options: PrepareOptions): Promise<OrganisationPreparation> {
  const { payload, req, framework, frameworks, comparison, siteUrl, now } = options
  const status = await computeYearStatus({ payload, req, framework, frameworks, siteUrl, now })
  return preparationOf(status, comparison)
}
