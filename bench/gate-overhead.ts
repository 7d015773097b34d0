/**
 * `npm run bench`: the publish gate's overhead as a ratio, measured in one run.
 *
 * Two Payload instances run side by side in this process, built by the app's own
 * `createConfig()` with and without the gate, each on a fresh temporary SQLite file.
 * The workload — create a complete executive as a draft, then publish it — alternates
 * between them save by save (order flipped every iteration), so that machine noise hits
 * both alike. Target: median with gate / median without ≤ 1.05.
 */
import { BENCH_DIR as dir } from './env'

import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { createConfig } from '../payload.config'
import { imageBuffer } from '../seed/files'

const N = Number(process.env.BENCH_SAVES ?? 400)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 40)

async function instance(key: string, publishGate: boolean): Promise<{ payload: Payload; photo: number | string }> {
  const config = await createConfig({ publishGate, databaseUri: `file:${path.join(dir, `${key}.db`)}` })
  const payload = await getPayload({ config, key })
  const data = await imageBuffer(300, 400)
  const photo = await payload.create({
    collection: 'media',
    data: { alt: 'ภาพผู้บริหาร' },
    file: { data, name: `${key}.png`, mimetype: 'image/png', size: data.length },
  })
  return { payload, photo: photo.id }
}

async function save({ payload, photo }: { payload: Payload; photo: number | string }, i: number): Promise<number> {
  const started = performance.now()
  const draft = await payload.create({
    collection: 'executives',
    data: {
      name: `ผู้บริหารทดสอบ ${i}`,
      position: 'รองนายกองค์การบริหารส่วนจังหวัด',
      side: 'political',
      rank: 'deputy',
      photo: photo as number,
      contact: { phone: '0 5451 1234', email: 'deputy@example.go.th' },
      _status: 'draft',
    },
    draft: true,
  })
  await payload.update({ collection: 'executives', id: draft.id, data: { _status: 'published' } })
  return performance.now() - started
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(0.9 * (sorted.length - 1))]!
}

const without = await instance('without-gate', false)
const withGate = await instance('with-gate', true)
const times = { without: [] as number[], with: [] as number[] }

for (let i = 0; i < WARMUP + N; i++) {
  const pair = i % 2 ? ([['with', withGate], ['without', without]] as const) : ([['without', without], ['with', withGate]] as const)
  for (const [name, target] of pair) {
    const ms = await save(target, i)
    if (i >= WARMUP) times[name].push(ms)
  }
}

const ratio = median(times.with) / median(times.without)
console.log('publish gate overhead — one save = create a complete executive as a draft + publish it (Local API)')
console.log(`conditions: ${os.cpus().length} cores, node ${process.version}, SQLite files in ${os.tmpdir()}, ${N} saves per side after ${WARMUP} warm-up, alternating`)
console.log(`without gate: median ${median(times.without).toFixed(2)} ms, p90 ${p90(times.without).toFixed(2)} ms`)
console.log(`with gate:    median ${median(times.with).toFixed(2)} ms, p90 ${p90(times.with).toFixed(2)} ms`)
console.log(`ratio (with / without): ${ratio.toFixed(3)}×  — target ≤ 1.05×: ${ratio <= 1.05 ? 'met' : 'NOT met'}`)

await without.payload.db.destroy?.()
await withGate.payload.db.destroy?.()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
