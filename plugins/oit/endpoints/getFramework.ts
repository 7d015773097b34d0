import type { Endpoint } from 'payload'

import { bilingual } from '../../../src/lib/bilingual'
import { presentFramework } from '../framework/present'
import type { Framework } from '../framework/schema'

/** GET /api/oit/frameworks/:year — one ITA year with every item and component (public). */
export function getFrameworkEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/frameworks/:year`,
    method: 'get',
    handler: (req) => {
      const raw = String(req.routeParams?.year ?? '')
      if (!/^\d{4}$/.test(raw)) {
        return Response.json(
          { errors: [{ message: bilingual(`ปีไม่ถูกต้อง: ${raw}`, `Invalid year: ${raw} (use a BE year such as 2566)`) }] },
          { status: 400 },
        )
      }
      const framework = frameworks.find((f) => f.year === Number(raw))
      if (!framework) {
        const known = frameworks.map((f) => f.year).join(', ')
        return Response.json(
          { errors: [{ message: bilingual(`ไม่มีกรอบการประเมินปี ${raw} (มี ${known})`, `No framework for ${raw} (known: ${known})`) }] },
          { status: 404 },
        )
      }
      const collections = req.payload.collections as Record<string, { config: { labels?: { plural?: unknown } } } | undefined>
      const label = (slug: string) => collections[slug]?.config.labels?.plural
      return Response.json(presentFramework(framework, label))
    },
  }
}
