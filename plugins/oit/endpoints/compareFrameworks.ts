import type { Endpoint } from 'payload'

import { compareFrameworks } from '../compare/compareFrameworks'
import { prepareForYear } from '../compare/prepareForYear'
import type { Framework } from '../framework/schema'
import { siteUrlFor } from '../status/siteUrlFor'
import { requireStaff } from './resolveYear'
import { resolveYearPair } from './resolveYearPair'

/**
 * GET /api/oit/frameworks/compare?from=2566&to=2569 — what changes between two ITA years,
 * item by item through their categories, and what the organisation has and must still
 * prepare for the newer one (staff only: it names documents and drafts).
 */
export function compareFrameworksEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/frameworks/compare`,
    method: 'get',
    handler: async (req) => {
      const denied = requireStaff(req)
      if (denied) return denied
      const pair = resolveYearPair(req, frameworks)
      if (pair instanceof Response) return pair
      const comparison = compareFrameworks(pair.from, pair.to)
      const organisation = await prepareForYear({
        payload: req.payload,
        req,
        framework: pair.to,
        frameworks,
        comparison,
        siteUrl: siteUrlFor(req),
      })
      return Response.json({ ...comparison, organisation })
    },
  }
}
