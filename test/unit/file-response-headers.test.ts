/** fileResponseHeadersPlugin on a config of its own: every upload collection, its own headers kept. */
import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { FILE_RESPONSE_HEADERS, fileResponseHeadersPlugin } from '../../src/security/fileResponseHeaders'

const plain = { slug: 'files', upload: true, fields: [] } as CollectionConfig
const own = {
  slug: 'scans',
  upload: {
    mimeTypes: ['application/pdf'],
    modifyResponseHeaders: ({ headers }: { headers: Headers }) => {
      headers.set('X-Own', '1')
      headers.set('X-Content-Type-Options', 'sniff-away')
    },
  },
  fields: [],
} as CollectionConfig
const pages = { slug: 'pages', fields: [] } as CollectionConfig

const apply = () => (fileResponseHeadersPlugin()({ collections: [plain, own, pages] } as Config) as Config).collections!

function served(collection: CollectionConfig): Headers {
  const upload = collection.upload as { modifyResponseHeaders: (a: { headers: Headers }) => Headers | void }
  return upload.modifyResponseHeaders({ headers: new Headers({ 'Content-Type': 'image/png' }) }) as Headers
}

describe('fileResponseHeadersPlugin', () => {
  it('gives every upload collection the headers, after its own, and leaves other collections alone', () => {
    const [files, scans, other] = apply()
    for (const collection of [files!, scans!]) {
      const headers = served(collection)
      for (const [name, value] of Object.entries(FILE_RESPONSE_HEADERS)) expect(headers.get(name)).toBe(value)
      expect(headers.get('Content-Type')).toBe('image/png')
    }
    expect(served(scans!).get('X-Own')).toBe('1')
    expect((scans!.upload as { mimeTypes: string[] }).mimeTypes).toEqual(['application/pdf'])
    expect(other).toBe(pages)
  })
})
