/**
 * Builds the integration tests' templates once per run (test/helpers/templates.ts): a
 * database with the schema pushed, and one seeded with the demo อบจ. (with its uploads).
 * Each test file's `bootPayload()` then starts from a copy instead of pushing the schema
 * (and seeding) again: an SQLite file copied, or `CREATE DATABASE … TEMPLATE …` on
 * PostgreSQL. Without them (PRONGSAI_TEST_TEMPLATES=0, MongoDB) every file builds its own
 * database as before. A build that fails fails the run, with its output.
 *
 * A template is built only when at least two of the files about to run would use it (the
 * seeded one by `bootPayload({ seeded: true })`, the schema one by every other
 * `bootPayload()`): a single file runs as fast without. PRONGSAI_TEST_TEMPLATES=1 builds
 * every template one of them would use.
 */
import type { TestProject } from 'vitest/node'

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createPostgresDatabase, dropPostgresDatabase, isPostgresUri } from '../helpers/payload'
import { SQLITE_FILE, type TemplateName, type Templates, templateDir } from '../helpers/templates'

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

export default async function setup(project: TestProject) {
  if (process.env.PRONGSAI_TEST_TEMPLATES === '0') return
  const wanted = await templatesWanted(project)
  if (wanted.length === 0) return

  const server = process.env.TEST_DATABASE_URI
  const postgres = isPostgresUri(server) ? server : undefined
  if (server && !postgres) return // MongoDB: no templates
  const run = randomBytes(4).toString('hex')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `prongsai-templates-${run}-`))
  const templates: Templates = {}
  const started = performance.now()
  // Side by side, each in its own process (a Payload boot each).
  const builds = wanted.map(async (name) => {
    const database = postgres ? `prongsai_tpl_${run}_${name}` : undefined
    const template = { dir: templateDir(dir, name), database }
    fs.mkdirSync(template.dir)
    const uri = postgres
      ? await createPostgresDatabase(postgres, database!)
      : `file:${path.join(template.dir, SQLITE_FILE)}`
    // Recorded before the build, so that teardown drops a half-built database too.
    templates[name] = template
    await build(name, template.dir, uri)
  })
  const failed = (await Promise.allSettled(builds)).find((b) => b.status === 'rejected')
  if (failed) {
    await dropAll(postgres, templates, dir)
    throw (failed as PromiseRejectedResult).reason
  }
  console.log(`[int] templates ${wanted.join(', ')} built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  project.provide('prongsaiTemplates', templates)

  return () => dropAll(postgres, templates, dir)
}

async function dropAll(postgres: string | undefined, templates: Templates, dir: string): Promise<void> {
  if (postgres) {
    for (const { database } of Object.values(templates)) if (database) await dropPostgresDatabase(postgres, database)
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

/** The templates that at least two of the files about to run would start from. */
async function templatesWanted(project: TestProject): Promise<TemplateName[]> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? []
  const { testFiles } = await project.globTestFiles(filters)
  const count = { schema: 0, seeded: 0 }
  for (const file of testFiles) {
    const text = fs.readFileSync(file, 'utf8')
    if (!text.includes('bootPayload(')) continue
    if (text.includes('seeded: true')) count.seeded++
    else count.schema++
  }
  const least = process.env.PRONGSAI_TEST_TEMPLATES === '1' ? 1 : 2
  return (['schema', 'seeded'] as const).filter((name) => count[name] >= least)
}

/** Runs test/helpers/build-template.ts in its own process, with a data folder and database of its own. */
async function build(name: TemplateName, dataDir: string, databaseUri: string): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  }
  const args = [path.join(root, 'test/helpers/build-template.ts'), name]
  let result = await spawnTsx(args, env)
  // Node 20 + tsx: a start whose module loading never settles exits 13 with no output (test/helpers/runTsx.ts).
  for (let retry = 0; retry < 2 && result.code === 13 && !result.output.trim(); retry++) result = await spawnTsx(args, env)
  if (result.code !== 0) {
    throw new Error(`[int] building the ${name} template failed (exit ${result.code}):\n${result.output}`)
  }
}

function spawnTsx(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}
