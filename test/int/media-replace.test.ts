/**
 * Replacing a file: afterwards the document names exactly the new file's files, each on
 * disk, and the old ones are gone. Every pair of kinds the media collection takes (an
 * image, which gets the config's image sizes, and a PDF, which gets none), through the
 * Local API and REST. The case found by the SIGKILL burst: an image replaced by a PDF kept
 * the image's sizes in the document, naming files Payload had just deleted; a new image
 * uploaded later under the old name then shared those names, and deleting the PDF deleted
 * the new image's sizes.
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { filesOf } from '../../collections/Media/hooks/filesFollowTransaction'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { imageBuffer, pdfBuffer } from '../../seed/files'
import { uploadForm } from '../helpers/files'
import { MEDIA } from '../helpers/media'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

type Kind = 'pdf' | 'png'
type Doc = Record<string, unknown> & { id: number }

let t: TestPayload
let payload: Payload
let rest: RestClient
let mediaDir: string
let serial = 0

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  mediaDir = path.join(t.dir, 'media')
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

/** A file of `kind`; images are large enough for every image size of the config. */
async function file(kind: Kind, name = `replace-${++serial}.${kind}`) {
  const sizes = payload.collections[MEDIA].config.upload.imageSizes ?? []
  const width = Math.max(...sizes.map((size) => size.width ?? 0)) + 100
  const data = kind === 'pdf' ? pdfBuffer() : await imageBuffer(width, 600, '#3a5f8e')
  return { data, name, mimetype: kind === 'pdf' ? 'application/pdf' : 'image/png', size: data.length }
}

async function create(kind: Kind, name?: string): Promise<Doc> {
  return (await payload.create({ collection: MEDIA, data: { alt: 'ก่อนแทนที่' }, file: await file(kind, name), overrideAccess: true })) as unknown as Doc
}

const ROUTES = {
  'Local API': async (id: number, kind: Kind) => {
    await payload.update({ collection: MEDIA, id, data: { alt: 'แทนที่' }, file: await file(kind), overrideAccess: true })
  },
  REST: async (id: number, kind: Kind) => {
    const replacement = await file(kind)
    const blob = new Blob([new Uint8Array(replacement.data)], { type: replacement.mimetype })
    const res = await rest.patch(`/${MEDIA}/${id}`, uploadForm(blob, replacement.name, { alt: 'แทนที่' }))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  },
}

const read = async (id: number) =>
  (await payload.findByID({ collection: MEDIA, id, depth: 0, overrideAccess: true })) as unknown as Doc
const onDisk = (name: string) => fs.existsSync(path.join(mediaDir, name))
const sizeNames = (doc: Doc) => filesOf(doc).filter((name) => name !== doc.filename)

async function allNamed(): Promise<string[]> {
  const { docs } = await payload.find({ collection: MEDIA, pagination: false, depth: 0, overrideAccess: true })
  return docs.flatMap((doc) => filesOf(doc as unknown as Doc)).sort()
}

describe('replacing a file', () => {
  for (const [route, replace] of Object.entries(ROUTES)) {
    for (const from of ['png', 'pdf'] as const) {
      for (const to of ['png', 'pdf'] as const) {
        it(`${route}: ${from} by ${to}: the document names the new files only, all on disk`, async () => {
          const before = await create(from)
          if (from === 'png') expect(sizeNames(before).length, 'the image got sizes').toBeGreaterThan(0)
          await replace(before.id, to)
          const after = await read(before.id)
          expect(after.mimeType).toBe(to === 'pdf' ? 'application/pdf' : 'image/png')
          expect(filesOf(after).filter((name) => filesOf(before).includes(name)), 'old names kept').toEqual([])
          expect(filesOf(after).filter((name) => !onDisk(name)), 'named but missing').toEqual([])
          expect(filesOf(before).filter(onDisk), 'old files left').toEqual([])
          if (to === 'pdf') expect(sizeNames(after)).toEqual([])
          else expect(sizeNames(after).length).toBeGreaterThan(0)
        })
      }
    }
  }

  it('an image uploaded later under a replaced image’s name keeps its sizes when the replacement is deleted', async () => {
    const old = await create('png')
    await ROUTES['Local API'](old.id, 'pdf')
    // The old name is free again: no document has it, no file on disk.
    const later = await create('png', old.filename as string)
    expect(later.filename).toBe(old.filename)
    await payload.delete({ collection: MEDIA, id: old.id, overrideAccess: true })
    expect(filesOf(await read(later.id)).filter((name) => !onDisk(name)), 'sizes of the later image deleted').toEqual([])
  })

  it('a new focal point re-cuts the image sizes under their own names: still named, still on disk', async () => {
    const before = await create('png')
    const res = await rest.patch(`/${MEDIA}/${before.id}`, { focalX: 20, focalY: 80 })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await read(before.id)
    expect(after.focalX).toBe(20)
    expect(filesOf(after)).toEqual(filesOf(before))
    expect(filesOf(after).filter((name) => !onDisk(name))).toEqual([])
  })

  it('the media folder holds exactly the files the documents name', async () => {
    expect(fs.readdirSync(mediaDir).sort()).toEqual(await allNamed())
  })
})
