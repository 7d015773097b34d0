/**
 * Start-up refuses a bad environment with one clear line and a non-zero exit. Loads the
 * real config in a child process through the same runner as `npm run seed` (tsx).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { runTsx } from '../helpers/runTsx'

const root = path.resolve(import.meta.dirname, '../..')

/** A clean child environment: only PATH and HOME from ours, plus the variables under test. */
function childEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...vars } as unknown as NodeJS.ProcessEnv
}

function start(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-startup-'))
  const result = runTsx(['test/fixtures/noop-script.ts'], {
    cwd: root,
    env: childEnv({ DATA_DIR: dataDir, ...env }),
    encoding: 'utf8',
    timeout: 90_000,
  })
  fs.rmSync(dataDir, { recursive: true, force: true })
  const ours = result.stderr.split('\n').filter((line) => line.startsWith('[prongsai]'))
  return { status: result.status, stdout: result.stdout, ours }
}

// The children start on their own SQLite files, never on the suite's database: the PostgreSQL
// run (TEST_DATABASE_URI) would only repeat the SQLite run's 40 s.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URI))('start-up configuration errors', () => {
  it('an unsupported DATABASE_URI stops start-up with one line', () => {
    const run = start({ NODE_ENV: 'development', DATABASE_URI: 'mysql://localhost/prongsai' })
    expect(run.status).not.toBe(0)
    expect(run.stdout).not.toContain('config-loaded')
    expect(run.ours).toEqual([
      '[prongsai] DATABASE_URI ต้องขึ้นต้นด้วย postgres://, postgresql://, mongodb://, mongodb+srv:// หรือ file: / DATABASE_URI must start with postgres://, postgresql://, mongodb://, mongodb+srv:// or file:',
    ])
  })

  it('production without PAYLOAD_SECRET stops start-up with one line', () => {
    const run = start({ NODE_ENV: 'production' })
    expect(run.status).not.toBe(0)
    expect(run.stdout).not.toContain('config-loaded')
    expect(run.ours).toEqual([
      '[prongsai] ต้องตั้ง PAYLOAD_SECRET เมื่อใช้งานจริง (production) / PAYLOAD_SECRET is required in production',
    ])
  })

  it('development without a secret generates one, keeps it, and starts', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-secret-'))
    const env = childEnv({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      DATABASE_URI: `file:${path.join(dataDir, 'x.db')}`,
    })
    const first = runTsx(['test/fixtures/noop-script.ts'], { cwd: root, env, encoding: 'utf8', timeout: 90_000 })
    expect(first.stdout).toContain('config-loaded')
    const secret = fs.readFileSync(path.join(dataDir, '.payload-secret'), 'utf8')
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    runTsx(['test/fixtures/noop-script.ts'], { cwd: root, env, encoding: 'utf8', timeout: 90_000 })
    expect(fs.readFileSync(path.join(dataDir, '.payload-secret'), 'utf8')).toBe(secret)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
})
