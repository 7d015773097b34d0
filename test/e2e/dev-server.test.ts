/**
 * The README's run command, `npm run dev`, opened the way offices open it: through
 * 127.0.0.1 and through another address of the machine, not only `localhost`. Next.js in
 * development refuses its scripts and HMR socket to origins it does not know, which left
 * the admin blank; a blank admin cannot log in, so logging in proves the page works.
 * (127.0.0.2 stands for "another address of this machine": this sandbox may only reach
 * loopback addresses; the LAN addresses are allowed by the same list, see dev-origins.test.)
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { freePort } from '../helpers/net'
import { launchBrowser, logIn, screenshotPath, thaiContext } from '../helpers/browser'

const root = path.resolve(import.meta.dirname, '../..')
const distDir = '.next-dev-test'
let server: ChildProcess | undefined
let dataDir: string
let port: number
let log = ''
let browser: Browser


beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-dev-'))
  port = await freePort()
  // As on a fresh machine: no NODE_ENV, database or secret of the test runner's.
  const { NODE_ENV: _n, DATABASE_URI: _d, PAYLOAD_SECRET: _s, ...inherited } = process.env
  const env = {
    ...inherited,
    DATA_DIR: dataDir,
    PORT: String(port),
    NEXT_DIST_DIR: distDir,
  } as unknown as NodeJS.ProcessEnv
  const child = spawn('npm', ['run', 'dev'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  server = child
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const deadline = Date.now() + 240_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited ${child.exitCode}\n${log}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/divisions?limit=1`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`npm run dev did not answer in 240 s\n${log}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  // The first visit compiles the admin (20–60 s in dev mode): do it before the browser comes.
  for (const route of ['/admin/login', '/admin']) {
    await fetch(`http://127.0.0.1:${port}${route}`, { signal: AbortSignal.timeout(240_000) }).catch(() => undefined)
  }
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true })
})

describe('npm run dev from any address', () => {
  it.each(['127.0.0.1', '127.0.0.2'])(
    'the admin opened as http://%s works: the login form hydrates and the dashboard shows',
    async (host) => {
      const context = await thaiContext(browser)
      const page = await context.newPage()
      // Dev mode compiles what it has not compiled yet: give navigation time.
      page.setDefaultTimeout(120_000)
      page.setDefaultNavigationTimeout(180_000)
      const blocked: string[] = []
      page.on('response', (res) => {
        if (res.status() === 403 && res.url().includes('/_next/')) blocked.push(res.url())
      })
      await logIn(page, `http://${host}:${port}`, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
      await page.getByRole('heading', { name: 'ตั้งค่าหน่วยงาน' }).first().waitFor({ timeout: 60_000 })
      await page.screenshot({ path: screenshotPath(`dev-admin-${host}.png`) })
      expect(blocked).toEqual([])
      expect(log).not.toContain('Blocked cross-origin request')
      await context.close()
    },
    300_000,
  )
})
