import type { Endpoint } from 'payload'

import { oitNow } from '../framework/now'
import type { Framework } from '../framework/schema'
import { yearInForce } from '../framework/yearInForce'
import { overviewOf } from '../summaries/overview'
import { overviewQuery } from '../summaries/overviewQuery'
import { overviewXlsx } from '../summaries/overviewXlsx'
import { formatParam } from './formatParam'
import { resolveYearForStaff } from './resolveYear'

const FORMATS = ['json', 'xlsx'] as const

/**
 * GET /api/oit/:year/overview?format=json|xlsx[&<facet>=value][&sort=…&direction=asc|desc] —
 * the view across organisations: a row per organisation the caller may read (staff only).
 */
export function overviewEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/:year/overview`,
    method: 'get',
    handler: async (req) => {
      const known = yearInForce(frameworks, oitNow(req.payload))?.frameworks ?? frameworks
      const framework = resolveYearForStaff(req, known)
      if (framework instanceof Response) return framework
      const format = formatParam(req, FORMATS, 'json')
      if (format instanceof Response) return format
      const overview = await overviewOf(req, framework, overviewQuery(req.searchParams))
      if (format === 'json') return Response.json(overview)
      return new Response(new Uint8Array(await overviewXlsx(overview)), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="ita-${framework.year}-overview.xlsx"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  }
}
