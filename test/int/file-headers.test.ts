/**
 * Every file of every upload collection (read from the config), as Payload serves it at
 * `/api/<collection>/file/<name>`: the original and each image size, a PNG and a PDF,
 * whole, in part (Range) and out of range, to staff and to a visitor, carries
 * `X-Content-Type-Options: nosniff`, a sandboxing Content-Security-Policy and
 * `Cache-Control: private, no-cache` (src/security/fileResponseHeaders.ts). The same
 * headers in the built app, and files still showing in Chromium under them:
 * test/e2e/security-headers.test.ts.
 */
import type { Payload, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { imageBuffer, pdfBuffer } from '../../seed/files'
import { DEFAULT_FIELD_NAME } from '@prongsai/upload-visibility'
import { FILE_RESPONSE_HEADERS } from '../../src/security/fileResponseHeaders'
import { sampleBody } from '../helpers/config-walk'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient, type RestResponse } from '../helpers/rest'

let t: TestPayload
let payload: Payload
let staff: RestClient
let visitor: RestClient

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  staff = new RestClient(t.config)
  await staff.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  visitor = new RestClient(t.config)
})

afterAll(async () => {
  await t?.cleanup()
})

const uploadCollections = () => payload.config.collections.filter((c) => c.upload)

function accepts(collection: SanitizedCollectionConfig, mimeType: string): boolean {
  const allowed = collection.upload.mimeTypes
  return !allowed?.length || allowed.some((m) => m === mimeType || (m.endsWith('/*') && mimeType.startsWith(m.slice(0, -1))))
}

/** The stored names of a file document: the original and each image size. */
function fileNames(doc: { filename?: string; sizes?: Record<string, { filename?: string | null }> }): string[] {
  return [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)].filter((n): n is string => !!n)
}

function expectFileHeaders(res: RestResponse, what: string) {
  for (const [name, value] of Object.entries(FILE_RESPONSE_HEADERS)) {
    expect(res.headers.get(name), `${what}: ${name}`).toBe(value)
  }
  const csp = res.headers.get('content-security-policy')!
  expect(csp, what).toMatch(/(^|; )sandbox($|;)/)
  expect(csp, what).toMatch(/(^|; )default-src 'none'/)
}

describe('uploaded files are served with nosniff, a sandbox policy and no shared caching', () => {
  it('every upload collection in the config gets the headers', () => {
    expect(uploadCollections().length).toBeGreaterThan(0)
    for (const collection of uploadCollections()) {
      expect(collection.upload.modifyResponseHeaders, collection.slug).toBeTypeOf('function')
    }
  })

  it('each file and image size of a new PNG and PDF, whole, in part and out of range, to staff', async () => {
    let checked = 0
    for (const collection of uploadCollections()) {
      const { data } = await sampleBody(payload, collection, `headers-${collection.slug}`)
      const kinds = [
        { mimetype: 'image/png', name: 'headers.png', data: await imageBuffer(900, 600, '#1d4e89') },
        { mimetype: 'application/pdf', name: 'headers.pdf', data: pdfBuffer() },
      ].filter((k) => accepts(collection, k.mimetype))
      expect(kinds.length, collection.slug).toBeGreaterThan(0)
      for (const file of kinds) {
        const doc = (await payload.create({
          collection: collection.slug as never,
          data: data as never,
          file: { ...file, size: file.data.length },
          overrideAccess: true,
        })) as unknown as Parameters<typeof fileNames>[0]
        const names = fileNames(doc)
        if (file.mimetype === 'image/png') expect(names.length, 'image sizes').toBeGreaterThan(1)
        for (const name of names) {
          const path = `/${collection.slug}/file/${encodeURIComponent(name)}`
          const whole = await staff.get(path)
          expect(whole.status, path).toBe(200)
          expectFileHeaders(whole, path)
          const part = await staff.get(path, { headers: { Range: 'bytes=0-9' } })
          expect(part.status, `${path} range`).toBe(206)
          expectFileHeaders(part, `${path} range`)
          const outside = await staff.get(path, { headers: { Range: 'bytes=99999999-' } })
          expect(outside.status, `${path} out of range`).toBe(416)
          expectFileHeaders(outside, `${path} out of range`)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('a public file to a visitor', async () => {
    for (const collection of uploadCollections()) {
      const { docs } = await payload.find({
        collection: collection.slug as never,
        where: { [DEFAULT_FIELD_NAME]: { equals: true } },
        limit: 1,
        overrideAccess: true,
        depth: 0,
      })
      const name = fileNames(docs[0] as never)[0]!
      const res = await visitor.get(`/${collection.slug}/file/${encodeURIComponent(name)}`, { token: null })
      expect(res.status, name).toBe(200)
      expectFileHeaders(res, `${collection.slug}/${name} (visitor)`)
    }
  })
})
