/**
 * SIGKILL during a burst of saves and file deletes, then a restart on the same data: every
 * document is whole or absent, and the media folder matches the database exactly.
 *
 * A child process (test/fixtures/crash-burst.ts, the app's config under tsx) boots Payload
 * on one DATA_DIR, reports what it finds, then creates, replaces and deletes files and the
 * news that show them, a few at a time, until it dies: at a crash point it arms itself (a
 * delete killed after its commit but before its clean-up, the reported case; a replacement
 * killed just before its commit) or at a random moment chosen here. The next child's
 * report, made after start-up recovery, is checked each time: every file on disk named by
 * a media document (image sizes included) and every named file on disk, no pending folder
 * left, every document readable with exactly one latest version, no version without its
 * document, SQLite's integrity and foreign-key checks clean.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-kill-'))
/** With KILL_RANDOM_ROUNDS=1, more random rounds are added while the test has used less than this. */
const BUDGET_MS = 35_000
const MORE_RANDOM_ROUNDS = process.env.KILL_RANDOM_ROUNDS === '1'

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

interface State {
  media: { id: number | string; files: string[] }[]
  disk: string[]
  pending: string[]
  news: number
  problems: string[]
  integrity: string
  foreignKeyViolations: number
  modes: Record<string, string>
}

interface Round {
  /** Armed crash point; without one the test kills the child at a random moment. */
  crash?: { at: 'after-commit' | 'before-commit'; op: string; after: number }
}

interface Run {
  state: State
  /** The signal that ended the child (SIGKILL), or null for a clean exit. */
  signal: NodeJS.Signals | null
  output: string
}

/**
 * How often a child that died while loading its modules is started again. On Node 20, tsx
 * loads TypeScript through Node's asynchronous module hooks, and now and then (three times
 * in about ninety starts, on a machine loaded far beyond its two cores) a module load never
 * settles: Node then ends the process with exit code 13 ("unsettled top-level await")
 * without a word (nodejs/node#60380 made this an error in later Node versions). Before the
 * child's `LOADED` line Payload has not started and the data folder is untouched, so the
 * start is simply repeated. Any other early end fails the test.
 */
const STARTS = 3

/** Starts a child on the shared data; resolves once it has ended (killed or done). */
function runChild(round: { burst: boolean } & Round, start = 1): Promise<Run> {
  const { burst, crash } = round
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx CLI: the CLI runs the script in a second process, which a kill of the first would miss.
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/crash-burst.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        PAYLOAD_SECRET: 'kill-test-secret-0123456789',
        ...(burst ? { BURST: '1' } : {}),
        ...(crash ? { CRASH_AT: crash.at, CRASH_OP: crash.op, CRASH_AFTER: String(crash.after) } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let state: State | undefined
    let timer: NodeJS.Timeout | undefined
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 180_000)
    const onData = (chunk: Buffer) => {
      const before = output
      output += chunk.toString()
      for (const line of output.slice(before.lastIndexOf('\n') + 1).split('\n').slice(0, -1)) {
        if (line.startsWith('STATE ')) state = JSON.parse(line.slice('STATE '.length)) as State
        // Not armed: killed here, at a random moment of the burst (armed: a few seconds to reach its point).
        if (line === 'BURST') timer = setTimeout(() => child.kill('SIGKILL'), crash ? 60_000 : 1_000 + Math.random() * 3_000)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(watchdog)
      if (!state && code === 13 && !output.includes('LOADED') && start < STARTS) {
        console.warn(`kill-recovery: a child ended with exit code 13 while loading its modules; started again`)
        return resolve(runChild(round, start + 1))
      }
      if (!state) return reject(new Error(`no STATE line (exit ${code ?? signal}):\n${output.slice(-3000)}`))
      resolve({ state, signal, output })
    })
  })
}

/** The checks every restart must pass. */
function expectWhole(state: State, context: string) {
  const named = state.media.flatMap((doc) => doc.files).sort()
  expect(state.disk.filter((name) => !named.includes(name)), `${context}: files no document names`).toEqual([])
  expect(named.filter((name) => !state.disk.includes(name)), `${context}: named files missing from disk`).toEqual([])
  expect(state.pending, `${context}: pending folders left`).toEqual([])
  expect(state.problems, `${context}: documents`).toEqual([])
  expect(state.integrity, context).toBe('[{"integrity_check":"ok"}]')
  expect(state.foreignKeyViolations, context).toBe(0)
}

const OWNER_ONLY = { folder: '700', 'prongsai.db': '600', 'prongsai.db-wal': '600', 'prongsai.db-shm': '600' }

// SQLite only: the child runs the app's config on its own data folder.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URI))('SIGKILL during a burst of saves and file deletes', () => {
  it('every restart finds whole documents and a media folder that matches the database', { timeout: 600_000 }, async () => {
    const started = performance.now()
    // The two crash points the probe found (a delete's commit, a replacement before its
    // commit), then one kill at a random moment (in the middle of writing, linking or
    // deleting files, as a power cut would). KILL_RANDOM_ROUNDS=1 adds random kills while
    // the test has used less than BUDGET_MS.
    const rounds: Round[] = [
      { crash: { at: 'after-commit', op: 'delete', after: 3 } },
      { crash: { at: 'before-commit', op: 'replace', after: 2 } },
      {},
    ]
    const log: string[] = []
    let previous: Run | undefined
    let seen = 0
    for (let i = 0; i < rounds.length; i++) {
      const round = rounds[i]!
      const run = await runChild({ burst: true, ...round })
      if (previous) expectWhole(run.state, `restart after round ${i}`)
      else expect(run.state.modes, 'a new data folder').toEqual(OWNER_ONLY)
      expect(run.signal, `round ${i + 1} ended by SIGKILL:\n${run.output.slice(-2000)}`).toBe('SIGKILL')
      if (round.crash) expect(run.output, 'the armed crash point was reached').toContain(`CRASH ${round.crash.at} ${round.crash.op}`)
      seen = Math.max(seen, run.state.media.length)
      log.push(
        `round ${i + 1} (${round.crash ? `${round.crash.op} ${round.crash.at}` : 'random'}): found ${run.state.media.length} files, ${run.state.news} news`,
      )
      previous = run
      if (MORE_RANDOM_ROUNDS && i === rounds.length - 1 && performance.now() - started < BUDGET_MS) rounds.push({})
    }
    const last = await runChild({ burst: false })
    if (process.env.KILL_DEBUG) console.log(last.output)
    expect(last.signal).toBe(null)
    expectWhole(last.state, 'final restart')
    expect(last.state.modes).toEqual(OWNER_ONLY)
    // The bursts did reach the disk: there was something to compare.
    expect(Math.max(seen, last.state.media.length)).toBeGreaterThan(0)
    console.log(`kill-recovery: ${rounds.length} kills in ${Math.round((performance.now() - started) / 1000)} s\n  ${log.join('\n  ')}`)
  })
})
