/**
 * The public URL patterns the ITAS sheet points to and the public site serves:
 * `/oit/:year/:code` for an item, `/:collection/:id` for a document.
 */
export function itemPath(year: number, code: string): string {
  return `/oit/${year}/${code}`
}

export function documentPath(collection: string, id: number | string): string {
  return `/${collection}/${id}`
}

/** `path` on the site's origin; only the path when the origin is unknown (''). */
export function absolute(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`
}

/** The admin list of a collection filtered like the item (`?where[kind][equals]=…`). */
export function adminListPath(adminRoute: string, collection: string, filter: Record<string, unknown>): string {
  const query = Object.entries(filter)
    .map(([key, value]) => `where[${encodeURIComponent(key)}][equals]=${encodeURIComponent(String(value))}`)
    .join('&')
  return `${adminRoute}/collections/${collection}${query ? `?${query}` : ''}`
}

export function adminDocumentPath(adminRoute: string, collection: string, id: number | string): string {
  return `${adminRoute}/collections/${collection}/${id}`
}
