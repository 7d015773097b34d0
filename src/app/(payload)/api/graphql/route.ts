/* The GraphQL API at /api/graphql: Payload's handler with the app's limits and 400s (src/graphql/handler.ts). */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlPost } from '@/graphql/handler'

export const POST = graphqlPost(config)
export const OPTIONS = REST_OPTIONS(config)
