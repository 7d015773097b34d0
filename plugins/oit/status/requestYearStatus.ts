import type { PayloadRequest } from 'payload'

import { oitNow } from '../framework/now'
import type { Framework } from '../framework/schema'
import { computeYearStatus } from './computeStatus'
import { siteUrlFor } from './siteUrlFor'

/** A year's status as one request sees it: its links on the request's site address, the plugin's clock. */
export function requestYearStatus(req: PayloadRequest, framework: Framework, frameworks: readonly Framework[], division?: string) {
  return computeYearStatus({
    payload: req.payload,
    req,
    framework,
    frameworks,
    siteUrl: siteUrlFor(req),
    division,
    now: oitNow(req.payload),
  })
}
