import type { Endpoint } from 'payload'

import { summarise } from '../framework/present'
import type { Framework } from '../framework/schema'

/** GET /api/oit/frameworks — every ITA year known, newest first (public). */
export function listFrameworksEndpoint(prefix: string, frameworks: Framework[]): Endpoint {
  return {
    path: `${prefix}/frameworks`,
    method: 'get',
    handler: () => Response.json({ docs: frameworks.map(summarise), totalDocs: frameworks.length }),
  }
}
