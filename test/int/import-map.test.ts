/**
 * The committed admin import map must list every admin component the config uses;
 * a stale one renders a blank admin (seen: an empty dashboard) without any error.
 */
import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await bootPayload()
})

afterAll(async () => {
  await t?.cleanup()
})

describe('admin import map', () => {
  it('is up to date (run `npm run generate:importmap` if this fails)', async () => {
    const committed = t.config.admin.importMap.importMapFile!
    // Next to the committed map, so that relative import paths come out the same.
    const fresh = path.join(path.dirname(committed), `importMap.check-${process.pid}.js`)
    const config = {
      ...t.config,
      admin: { ...t.config.admin, importMap: { ...t.config.admin.importMap, importMapFile: fresh } },
    }
    try {
      await generateImportMap(config, { log: false, force: true })
      expect(fs.readFileSync(fresh, 'utf8')).toBe(fs.readFileSync(committed, 'utf8'))
    } finally {
      fs.rmSync(fresh, { force: true })
    }
  })
})
