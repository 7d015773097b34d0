import type { Endpoint } from 'payload'

import { oitNow } from '../framework/now'
import type { Framework } from '../framework/schema'
import { yearInForce } from '../framework/yearInForce'
import { requestYearStatus } from '../status/requestYearStatus'
import { resolveYearForStaff } from './resolveYear'
import { divisionParam } from '../divisions/divisionParam'

/**
 * GET /api/oit/:year/status[?division=code] — every item's status, with reasons (staff only).
 * The year in force is known even before its framework is (a provisional guide, `guideFrom`).
 */
export function yearStatusEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/:year/status`,
    method: 'get',
    handler: async (req) => {
      const known = yearInForce(frameworks, oitNow(req.payload))?.frameworks ?? frameworks
      const framework = resolveYearForStaff(req, known)
      if (framework instanceof Response) return framework
      const division = divisionParam(req.searchParams)
      const status = await requestYearStatus(req, framework, known, division)
      return Response.json(status)
    },
  }
}
