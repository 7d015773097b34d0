/**
 * How much one GraphQL request may ask for (issue 17, item 2). One anonymous query with
 * 500 aliases of a list ran 90 s and held up every other request: each root field and each
 * alias is work on the database, nesting multiplies it, and fragments can multiply it
 * exponentially without the query growing. Checked before anything runs (src/graphql/limitsRule.ts).
 */
export interface GraphQLLimits {
  /** Characters of the query text: beyond it, not even parsed. */
  maxQueryChars: number
  /**
   * Nesting of fields (fragments expanded). Everything a collection holds, relationships
   * followed four levels, nests 7 deep; the standard introspection query (GraphiQL) 15.
   */
  maxDepth: number
  /** Aliases in one operation (fragments expanded): the 500-alias query's lever. */
  maxAliases: number
  /** Root fields in one operation (fragments expanded): each reads the database. */
  maxRootFields: number
  /** Field selections in one operation (fragments expanded): a fragment bomb's size. */
  maxFields: number
  /** Payload's own cost estimate (`graphQL.maxComplexity`: 1 per field, 10 per relationship). */
  maxComplexity: number
}

export const GRAPHQL_LIMITS: GraphQLLimits = {
  maxQueryChars: 100_000,
  maxDepth: 15,
  maxAliases: 30,
  maxRootFields: 20,
  maxFields: 2_000,
  maxComplexity: 1_000,
}
