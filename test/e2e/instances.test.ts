/**
 * Two app instances on one database (issue 20): the global setup's server (A) and a
 * second `next start` of the same build (B) with the same environment, on a port of its
 * own. On PostgreSQL:
 * - a publish, an unpublish, an edit and a delete through A show on B's public pages
 *   within 2 seconds (B's cache hears A's change through the database);
 * - scheduled publications due now are run exactly once, both instances ticking every
 *   two seconds (JOBS_CRON);
 * - a session started on A holds on B and ends on both at sign-out; failed sign-ins
 *   count across both towards the lock-out;
 * - a file uploaded through A is served by B (one shared MEDIA_DIR).
 * On SQLite: B is refused at start-up with the message that names A.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { type ApiCall, signedInApi } from '../helpers/api'
import { pdfBlob, uploadForm } from '../helpers/files'
import { freePort } from '../helpers/net'
import { runSql } from './database'

const baseA = inject('baseURL')
const databaseUri = inject('databaseUri')
const onPostgres = /^postgres(ql)?:/.test(databaseUri)
const root = path.resolve(import.meta.dirname, '../..')

let b: ChildProcess | undefined
let baseB = ''
let logB = ''
let exitB: number | null = null
let apiA: ApiCall

async function startB(): Promise<void> {
  const port = await freePort()
  baseB = `http://127.0.0.1:${port}`
  const env = { ...JSON.parse(inject('serverEnv')), NEXT_PUBLIC_SERVER_URL: baseB } as NodeJS.ProcessEnv
  b = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  b.stdout?.on('data', (d) => (logB += d))
  b.stderr?.on('data', (d) => (logB += d))
  b.on('exit', (code) => (exitB = code))
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && exitB === null) {
    const ok = await fetch(`${baseB}/api/divisions?limit=1`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 300))
  }
}

beforeAll(async () => {
  apiA = await signedInApi(baseA, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  await startB()
}, 180_000)

afterAll(() => {
  if (b?.pid) {
    try {
      process.kill(-b.pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
})

const page = async (base: string, route: string) => {
  const res = await fetch(`${base}${route}`)
  return { status: res.status, text: await res.text() }
}

/** Milliseconds until `check` holds on B's pages, polling every 100 ms, or Infinity after 10 s. */
async function msUntil(check: () => Promise<boolean>): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < 10_000) {
    if (await check()) return performance.now() - started
    await new Promise((r) => setTimeout(r, 100))
  }
  return Infinity
}

describe.runIf(!onPostgres)('a second instance on the same SQLite file', () => {
  it('is refused at start-up, naming the one that holds the file', () => {
    expect(exitB, logB).not.toBeNull()
    expect(exitB).not.toBe(0)
    expect(logB).toContain('SQLite serves one app process per file')
  })
})

describe.runIf(onPostgres)('two instances on one PostgreSQL database', () => {
  it('B answers', () => {
    expect(exitB, logB).toBeNull()
  })

  it('an edit, an unpublish, a publish and a delete through A are on B\'s public pages within 2 s', async () => {
    const title = 'ข้อบัญญัติทดสอบสองเครื่อง'
    const created = await apiA('/laws', {
      method: 'POST',
      body: JSON.stringify({ title, kind: 'ordinance', summary: 'สาระสำคัญโดยย่อ', _status: 'published' }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    // B reads the page and the list once: now they are in B's cache.
    expect((await page(baseB, `/laws/${id}`)).text).toContain(title)
    expect((await page(baseB, '/laws')).text).toContain(title)
    const timings: Record<string, number> = {}

    const edited = `${title} (แก้ไข)`
    expect((await apiA(`/laws/${id}`, { method: 'PATCH', body: JSON.stringify({ title: edited }) })).status).toBe(200)
    timings.edit = await msUntil(async () => (await page(baseB, `/laws/${id}`)).text.includes(edited))

    expect((await apiA(`/laws/${id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'draft' }) })).status).toBe(200)
    timings.unpublish = await msUntil(async () => (await page(baseB, `/laws/${id}`)).status === 404)

    expect((await apiA(`/laws/${id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })).status).toBe(200)
    timings.publish = await msUntil(async () => (await page(baseB, '/laws')).text.includes(edited))

    expect((await apiA(`/laws/${id}`, { method: 'DELETE' })).status).toBe(200)
    timings.delete = await msUntil(async () => !(await page(baseB, '/laws')).text.includes(edited))

    console.log(`instances: B saw A's changes after (ms) ${JSON.stringify(timings)}`)
    for (const ms of Object.values(timings)) expect(ms).toBeLessThan(2000)
  }, 120_000)

  it('scheduled publications due now run exactly once, with both instances ticking', async () => {
    const { docs } = (await apiA('/laws?limit=4&depth=0&where[_status][equals]=published')).body
    const admin = (await apiA('/users/me')).body.user
    const ids: string[] = []
    for (const [i, doc] of docs.entries()) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = doc
      const copy = await apiA('/laws?draft=true', {
        method: 'POST',
        body: JSON.stringify({ ...rest, title: `${doc.title} (ตั้งเวลา ${i})`, _status: 'draft' }),
      })
      expect(copy.status, JSON.stringify(copy.body)).toBe(201)
      ids.push(String(copy.body.doc.id))
    }
    // Queued as the admin's schedule dialog queues them (nobody may queue jobs through the API).
    for (const id of ids) {
      await runSql(
        databaseUri,
        `INSERT INTO payload_jobs (input, task_slug, queue, wait_until, processing, has_error, total_tried, created_at, updated_at)
         VALUES ($1, 'schedulePublish', 'default', now() - interval '1 second', false, false, 0, now(), now())`,
        [JSON.stringify({ type: 'publish', doc: { relationTo: 'laws', value: id }, user: { relationTo: 'users', value: admin.id } })],
      )
    }
    const published = async () => {
      const where = ids.map((id, i) => `where[or][${i}][id][equals]=${id}`).join('&')
      const { docs: now } = (await apiA(`/laws?depth=0&limit=10&${where}`)).body
      return now.filter((d: { _status: string }) => d._status === 'published').length
    }
    expect(await msUntil(async () => (await published()) === ids.length)).toBeLessThan(10_000)
    // Give a second run time to happen, if one were to.
    await new Promise((r) => setTimeout(r, 5000))
    // A tick another instance claimed is no error: neither instance logged a failed round.
    expect(fs.readFileSync(inject('serverLog'), 'utf8')).not.toContain('[instancesPlugin] running the job queue failed')
    expect(logB).not.toContain('[instancesPlugin] running the job queue failed')
    for (const id of ids) {
      const entries = (
        await apiA(`/audit-log?depth=0&limit=20&where[collection][equals]=laws&where[documentId][equals]=${id}`)
      ).body.docs
      expect(entries.filter((e: { action: string }) => e.action === 'publish'), id).toHaveLength(1)
    }
  }, 60_000)

  it('a session from A holds on B, and signing out on A ends it on B', async () => {
    const login = await fetch(`${baseA}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password }),
    })
    const { token } = await login.json()
    const me = (base: string) =>
      fetch(`${base}/api/users/me`, { headers: { Authorization: `JWT ${token}` } }).then((r) => r.json())
    expect((await me(baseB)).user?.email).toBe(DEFAULT_ADMIN.email)
    await fetch(`${baseA}/api/users/logout`, { method: 'POST', headers: { Authorization: `JWT ${token}` } })
    expect((await me(baseB)).user ?? null).toBeNull()
  })

  it('failed sign-ins count across both instances: the account locks as on one', async () => {
    const email = `lockout-${Date.now()}@example.go.th`
    const password = 'รหัสผ่านที่ยาวพอ-2569'
    const made = await apiA('/users', { method: 'POST', body: JSON.stringify({ email, password, roles: ['editor'] }) })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const tryLogin = (base: string, pw: string) =>
      fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: pw }),
      })
    // Five wrong passwords, alternating A and B (five is the limit: collections/Users/authOptions.ts).
    for (let i = 0; i < 5; i++) expect((await tryLogin(i % 2 ? baseB : baseA, 'wrong-password-000')).status).toBe(401)
    // The right password is now refused on both.
    for (const base of [baseA, baseB]) expect((await tryLogin(base, password)).status).not.toBe(200)
  })

  it('a file uploaded through A is served by B (one MEDIA_DIR for both)', async () => {
    const form = uploadForm(pdfBlob(), 'two-instances.pdf', { alt: 'ไฟล์ทดสอบสองเครื่อง' })
    const token = (
      await (
        await fetch(`${baseA}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: DEFAULT_ADMIN.email, password: DEFAULT_ADMIN.password }),
        })
      ).json()
    ).token
    const up = await fetch(`${baseA}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    const body = await up.json()
    expect(up.status, JSON.stringify(body)).toBe(201)
    const file = await fetch(`${baseB}${new URL(body.doc.url, baseB).pathname}`, { headers: { Authorization: `JWT ${token}` } })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
