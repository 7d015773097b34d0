/**
 * `npm run bench` (second part): the cost of "what an assessor would find".
 *
 * Two organisation-years side by side in this process, each on its own SQLite file:
 * the demo อบจ. plus procurement announcements and monthly summaries up to 2,000 and up to
 * 20,000 documents. For each, the median time of computing the ITA 2566 status and of
 * each export (status + sheet + file), and the number of database calls per request.
 * Targets on this machine's SQLite: status < 50 ms, export < 200 ms, and a status time
 * that grows with the number of items, not of documents (20,000 vs 2,000 close to 1×).
 */
import { BENCH_DIR as dir } from './env'

import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { toCsv, toXlsx, sheetRows, computeYearStatus } from '@prongsai/oit/utilities'
import type { Framework, OitCustomConfig } from '@prongsai/oit/types'
import { createConfig } from '../payload.config'
import { seed } from '../seed/index'

const RUNS = Number(process.env.BENCH_STATUS_RUNS ?? 15)
const READS = [
  'find',
  'findOne',
  'count',
  'queryDrafts',
  'findVersions',
  'countVersions',
  'findDistinct',
  'findGlobal',
] as const

async function organisation(key: string, total: number) {
  const config = await createConfig({ databaseUri: `file:${path.join(dir, `${key}.db`)}` })
  const payload = await getPayload({ config, key })
  await seed(payload)
  const { docs } = await payload.find({ collection: 'divisions', where: { code: { equals: 'finance' } }, limit: 1 })
  const finance = docs[0]!.id
  const existing = async () => {
    let sum = 0
    for (const slug of Object.keys(payload.collections)) {
      if (!slug.startsWith('payload-'))
        sum += (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
    }
    return sum
  }
  const missing = total - (await existing())
  const started = performance.now()
  // Straight through the adapter (no hooks, no versions): a bulk load, not a benchmark of saves.
  for (let i = 0; i < missing; i++) {
    const day = new Date(Date.UTC(2022, 9, 1) + (i % 360) * 86_400_000 - 7 * 3_600_000)
    if (i % 10 === 0) {
      await payload.db.create({
        collection: 'procurement-monthly-summaries',
        data: {
          title: `สขร.1 จำลอง ${i}`,
          // A declaration that there was no procurement: complete, as its stored verdict says.
          declaredNone: { isNone: true, explanation: 'ไม่มีการจัดซื้อจัดจ้างในเดือนนี้' },
          // A month is stored as its first day (Bangkok midnight), as the admin's month picker does.
          month: new Date(Date.UTC(2022, 9 + (i % 6), 1) - 7 * 3_600_000).toISOString(),
          fiscalYear: 2566,
          _status: 'published',
          readiness: 'ready',
          division: finance,
        },
      })
    } else {
      await payload.db.create({
        collection: 'procurement-announcements',
        data: {
          title: `ประกาศจำลอง ${i}`,
          type: 'result',
          announcedAt: day.toISOString(),
          fiscalYear: 2566,
          _status: 'published',
          readiness: 'ready',
          division: finance,
        },
      })
    }
  }
  const documents = await existing()
  console.log(
    `  ${key}: ${documents} documents (${missing} loaded in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  return { payload, documents }
}

/** Counts the adapter's read calls while `work` runs. */
async function countingQueries<T>(payload: Payload, work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let queries = 0
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  const originals = READS.map((name) => [name, db[name]] as const)
  for (const [name, original] of originals) {
    if (typeof original !== 'function') continue
    db[name] = (...args: unknown[]) => {
      queries++
      return original.apply(payload.db, args)
    }
  }
  try {
    return { result: await work(), queries }
  } finally {
    for (const [name, original] of originals) db[name] = original as never
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

console.log('OIT status and ITAS export — ITA 2566 over an organisation-year (Local API, SQLite)')
const orgs = [await organisation('org-2k', 2_000), await organisation('org-20k', 20_000)]
const results: Record<string, Record<string, number>> = {}
for (const { payload, documents } of orgs) {
  const frameworks = (payload.config.custom.oit as OitCustomConfig).frameworks as Framework[]
  const framework = frameworks.find((f) => f.year === 2566)!
  const status = () => computeYearStatus({ payload, framework, frameworks, siteUrl: 'https://www.example.go.th' })
  const cases: Record<string, () => Promise<unknown>> = {
    status,
    'export json': async () => JSON.stringify({ rows: sheetRows(await status()) }),
    'export csv': async () => toCsv(sheetRows(await status())),
    'export xlsx': async () => toXlsx(sheetRows(await status()), 'ITA 2566'),
  }
  const row: Record<string, number> = {}
  for (const [name, run] of Object.entries(cases)) {
    await run() // warm-up
    const times: number[] = []
    let queries = 0
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      queries = (await countingQueries(payload, run)).queries
      times.push(performance.now() - started)
    }
    row[name] = median(times)
    row[`${name} queries`] = queries
  }
  results[documents] = row
}

const [small, large] = Object.keys(results).map(Number) as [number, number]
console.log(`conditions: ${os.cpus().length} cores, node ${process.version}, median of ${RUNS} runs after 1 warm-up`)
for (const name of ['status', 'export json', 'export csv', 'export xlsx']) {
  const target = name === 'status' ? 50 : 200
  const a = results[small]![name]!
  const b = results[large]![name]!
  console.log(
    `${name.padEnd(12)} ${small} docs: ${a.toFixed(1)} ms (${results[small]![`${name} queries`]} queries) | ` +
      `${large} docs: ${b.toFixed(1)} ms (${results[large]![`${name} queries`]} queries) | ratio ${(b / a).toFixed(2)}× | ` +
      `target < ${target} ms: ${b < target ? 'met' : 'NOT met'}`,
  )
}

for (const { payload } of orgs) await payload.db.destroy?.()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
