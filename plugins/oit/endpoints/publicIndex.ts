import type { Endpoint } from 'payload'

import type { Framework } from '../framework/schema'
import { siteUrlFor } from '../status/siteUrlFor'
import { computeYearStatus } from '../status/computeStatus'
import { resolveYear } from './resolveYear'

/**
 * GET /api/oit/:year — the public OIT index of a year: each item with code, title,
 * indicator and the public URLs where it can be read. Published documents only; no
 * reasons, no drafts, nothing about what is missing.
 */
export function publicIndexEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/:year`,
    method: 'get',
    handler: async (req) => {
      const framework = resolveYear(req, frameworks)
      if (framework instanceof Response) return framework
      const status = await computeYearStatus({ payload: req.payload, req, framework, frameworks, siteUrl: siteUrlFor(req) })
      return Response.json({
        year: status.year,
        title: status.title,
        indicators: status.indicators,
        items: status.items.map((item) => ({
          code: item.code,
          title: item.title,
          indicator: item.indicator,
          heading: item.heading,
          url: item.url,
          documents: item.documents
            .filter((doc) => doc.status === 'published' && doc.url)
            .map((doc) => ({ title: doc.title, url: doc.url, fiscalYear: doc.fiscalYear, month: doc.month })),
        })),
      })
    },
  }
}
