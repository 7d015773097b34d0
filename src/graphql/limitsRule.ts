import type { ValidationRule } from 'graphql'

import { GraphQLError } from 'graphql'

import { measureDocument } from './documentShape'
import type { GraphQLLimits } from './limits'
import { limitMessages } from './limitMessages'

/**
 * A validation rule (Payload's `graphQL.validationRules`) that measures the whole document
 * when validation starts and refuses it, before anything runs, if it has a fragment cycle or
 * is too deep, too wide (fields), has too many aliases or root fields. A refused document is
 * not walked any further by any rule: Payload's cost estimate, which follows fragment spreads
 * without looking for cycles, would otherwise overflow the stack (a 500) on a cyclic fragment
 * before graphql-js's own cycle check reports it.
 */
export function graphqlLimitsRule(limits: GraphQLLimits): ValidationRule {
  const cap = Math.max(limits.maxAliases, limits.maxFields, limits.maxRootFields) + 1
  return (context) => ({
    Document: {
      enter(document) {
        const { cycles, worst } = measureDocument(document, limits.maxDepth, cap)
        const problems: string[] = []
        if (cycles.length > 0) problems.push(limitMessages.cycle(cycles))
        if (worst.depth > limits.maxDepth) problems.push(limitMessages.depth(limits.maxDepth))
        if (worst.aliases > limits.maxAliases) problems.push(limitMessages.aliases(limits.maxAliases))
        if (worst.top > limits.maxRootFields) problems.push(limitMessages.rootFields(limits.maxRootFields))
        if (worst.fields > limits.maxFields) problems.push(limitMessages.fields(limits.maxFields))
        if (problems.length === 0) return undefined
        for (const problem of problems) {
          context.reportError(new GraphQLError(problem, { extensions: { code: 'QUERY_LIMIT', statusCode: 400 } }))
        }
        // null ends the visit here, for every rule: nothing walks the rest of this document.
        return null
      },
    },
  })
}
