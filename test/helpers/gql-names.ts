import { type CollectionConfig, formatNames, toWords } from 'payload'

/**
 * The GraphQL names Payload gives a collection (singular for one document and its
 * mutations, plural for lists), worked out as `@payloadcms/graphql` does
 * (`schema/initCollections.js`): the collection's `graphQL.singularName`/`pluralName`, else
 * its slug; a plural equal to the singular becomes `all<Singular>` (`news` → `allNews`).
 * Read from the config, so a collection added later needs no entry here.
 */
export function graphqlNames(config: Pick<CollectionConfig, 'graphQL' | 'slug'>): {
  singular: string
  plural: string
} {
  const graphQL: { pluralName?: string; singularName?: string } = config.graphQL || {}
  const fromSlug = formatNames(config.slug)
  const singular = graphQL.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
  const plural = graphQL.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}
