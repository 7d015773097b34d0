import type { Endpoint } from 'payload'

import type { Framework } from '../framework/schema'
import { siteUrlFor } from '../status/siteUrlFor'
import { computeYearStatus } from '../status/computeStatus'
import { resolveYearForStaff } from './resolveYear'

/** GET /api/oit/:year/status[?department=code] — every item's status, with reasons (staff only). */
export function yearStatusEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/:year/status`,
    method: 'get',
    handler: async (req) => {
      const framework = resolveYearForStaff(req, frameworks)
      if (framework instanceof Response) return framework
      const department = req.searchParams.get('department') ?? undefined
      const status = await computeYearStatus({ payload: req.payload, req, framework, frameworks, siteUrl: siteUrlFor(req), department })
      return Response.json(status)
    },
  }
}
