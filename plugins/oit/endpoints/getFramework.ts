import type { Endpoint } from 'payload'

import { presentFramework } from '../framework/present'
import type { Framework } from '../framework/schema'
import { resolveYear } from './resolveYear'

/** GET /api/oit/frameworks/:year — one ITA year with every item and component (public). */
export function getFrameworkEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/frameworks/:year`,
    method: 'get',
    handler: (req) => {
      const framework = resolveYear(req, frameworks)
      if (framework instanceof Response) return framework
      const collections = req.payload.collections as Record<
        string,
        { config: { labels?: { plural?: unknown } } } | undefined
      >
      const label = (slug: string) => collections[slug]?.config.labels?.plural
      return Response.json(presentFramework(framework, label))
    },
  }
}
