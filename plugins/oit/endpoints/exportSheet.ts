import type { Endpoint } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import { toCsv, toXlsx } from '../export/formats'
import { sheetRows } from '../export/sheet'
import { oitNow } from '../framework/now'
import type { Framework } from '../framework/schema'
import { requestYearStatus } from '../status/requestYearStatus'
import { yearInForce } from '../framework/yearInForce'
import { yearLabel } from '../framework/yearLabel'
import { divisionNames } from '../status/computeStatus'
import { resolveYearForStaff } from './resolveYear'
import { divisionParam } from '../divisions/divisionParam'
import { formatParam } from './formatParam'

const FORMATS = ['csv', 'xlsx', 'json'] as const

/** GET /api/oit/:year/export?format=csv|xlsx|json — the ITAS sheet (staff only). */
export function exportSheetEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/:year/export`,
    method: 'get',
    handler: async (req) => {
      // The year in force is exported even before its framework exists (a provisional guide).
      const known = yearInForce(frameworks, oitNow(req.payload))?.frameworks ?? frameworks
      const framework = resolveYearForStaff(req, known)
      if (framework instanceof Response) return framework
      const format = formatParam(req, FORMATS, 'xlsx')
      if (format instanceof Response) return format
      // The status view's division filter reaches the downloads: only that division's items.
      const division = divisionParam(req.searchParams)
      if (division && !(await divisionNames({ payload: req.payload, req })).has(division)) {
        return Response.json(
          { errors: [{ message: bilingual(`ไม่พบส่วนราชการรหัส ${division}`, `No division with the code ${division}`) }] },
          { status: 400 },
        )
      }
      const status = await requestYearStatus(req, framework, known, division)
      const rows = sheetRows(status)
      const name = `ita-${framework.year}-oit${framework.provisional ? '-provisional' : ''}${division ? `-${safeName(division)}` : ''}`
      if (format === 'json') {
        return Response.json({ year: status.year, provisional: status.provisional, generatedAt: status.generatedAt, rows })
      }
      if (format === 'csv') {
        return new Response(toCsv(rows), {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${name}.csv"`,
          },
        })
      }
      return new Response(new Uint8Array(await toXlsx(rows, yearLabel(framework).th)), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${name}.xlsx"`,
        },
      })
    },
  }
}

/** A division code as it may stand in a file name (the header is ASCII). */
function safeName(code: string): string {
  return code.replace(/[^A-Za-z0-9_-]/g, '_')
}
