/**
 * Links that leave the app (issue 18.2, 18.13): without NEXT_PUBLIC_SERVER_URL, the ITAS
 * sheet, the status and the public index are built on the origin the request came to (a
 * Host header only: no network), with the scheme a TLS proxy forwards; with a configured
 * site address, on that address whatever the Host. Workflow e-mails carry absolute links
 * to the document, each step its own subject and first line, and a sender that is not
 * `@localhost`; a reminder sent later, without a request, uses the last origin seen.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { sendDueReminders } from '@prongsai/oit/utilities'
import type { OitCustomConfig } from '@prongsai/oit/types'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { clearOutbox, outbox } from '../../src/email'
import { defaultSender, FALLBACK_EMAIL_FROM, parseEnv } from '../../src/env'
import { forgetLastSeenOrigin, lastSeenOrigin } from '@prongsai/shared/siteOrigin'
import { copyOfPublished } from '../helpers/documents'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const HOST = '192.0.2.10:8080'
const ORIGIN = `http://${HOST}`
const CONFIGURED = 'https://www.example.go.th'
const PASSWORD = 'Site-links-k8Qz!2569'
const SLUG = 'laws'

let t: TestPayload
let payload: Payload
let rest: RestClient
const tokens: Record<string, string> = {}
let finance: number

/** Every http(s) URL in a text. */
const urlsIn = (text: string) => text.match(/https?:\/\/[^\s"'<>,]+/g) ?? []

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  rest = new RestClient(t.config)
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  finance = (await payload.find({ collection: 'divisions', where: { code: { equals: 'finance' } }, limit: 1 }))
    .docs[0]!.id as number
  for (const role of ['editor', 'reviewer', 'publisher'] as const) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `${role}@finance.example.go.th`, password: PASSWORD, name: role, roles: [role], divisions: [finance] },
    })
    tokens[role] = await rest.login(`${role}@finance.example.go.th`, PASSWORD)
  }
}, 180_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('ITAS sheet, status and public index: on the request origin unless configured', () => {
  const get = (path: string, headers: Record<string, string> = { host: HOST }) =>
    rest.get(path, { token: tokens.admin, headers })

  it('status: every item and document URL is on the Host the request came to', async () => {
    const res = await get('/oit/2569/status')
    expect(res.status).toBe(200)
    const urls = urlsIn(JSON.stringify(res.body.items.map((i: { url: string; documents: unknown }) => [i.url, i.documents])))
    expect(urls.length).toBeGreaterThan(10)
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true)
    expect(res.body.items[0].url).toBe(`${ORIGIN}/oit/2569/${res.body.items[0].code}`)
  })

  it('export (json and csv) and the public index: the same origin; https behind a TLS proxy', async () => {
    const json = await get('/oit/2569/export?format=json')
    expect(json.status).toBe(200)
    const sheetUrls = urlsIn(JSON.stringify(json.body.rows))
    expect(sheetUrls.length).toBeGreaterThan(10)
    for (const url of sheetUrls) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true)

    const csv = await get('/oit/2569/export?format=csv')
    expect(csv.status).toBe(200)
    const csvUrls = urlsIn(String(csv.body))
    expect(csvUrls.length).toBeGreaterThan(10)
    for (const url of csvUrls) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true)

    const index = await rest.get('/oit/2569', {
      token: null,
      headers: { host: 'www.example.go.th', 'x-forwarded-proto': 'https' },
    })
    expect(index.status).toBe(200)
    for (const url of urlsIn(JSON.stringify(index.body.items)))
      expect(url.startsWith('https://www.example.go.th/'), url).toBe(true)
    // A visitor's Host is never kept for the links mailed later; a signed-in user's is.
    expect(lastSeenOrigin()).toBe(ORIGIN)
  })

  it('with the site address configured (NEXT_PUBLIC_SERVER_URL), every URL uses it whatever the Host', async () => {
    const oit = payload.config.custom.oit as OitCustomConfig
    oit.siteUrl = CONFIGURED
    try {
      const res = await get('/oit/2569/export?format=json')
      const urls = urlsIn(JSON.stringify(res.body.rows))
      expect(urls.length).toBeGreaterThan(10)
      for (const url of urls) expect(url.startsWith(`${CONFIGURED}/`), url).toBe(true)
    } finally {
      oit.siteUrl = undefined
    }
  })
})

describe('workflow e-mails: absolute links, one subject per step, a sane sender', () => {
  /** Waits for the mails sent after commit. */
  async function mailsTo(address: string, count: number) {
    for (let i = 0; i < 50; i++) {
      const found = outbox().filter((m) => m.to.includes(address))
      if (found.length >= count) return found
      await new Promise((r) => setTimeout(r, 50))
    }
    return outbox().filter((m) => m.to.includes(address))
  }

  it('submit → reviewer "รอตรวจ", send back → editor with reason, approve → publisher "รอเผยแพร่", publish → editor "เผยแพร่แล้ว"', async () => {
    clearOutbox()
    const template = await copyOfPublished(payload, SLUG, ' (ทดสอบลิงก์)')
    const headers = { host: HOST }
    const created = await rest.post(`/${SLUG}?draft=true&depth=0`, { ...template, division: finance, _status: 'draft' }, {
      token: tokens.editor,
      headers,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const title = created.body.doc.title as string
    const step = async (role: string, body: Record<string, unknown>, draft = true) => {
      const res = await rest.patch(`/${SLUG}/${id}${draft ? '?draft=true' : ''}`, body, { token: tokens[role], headers })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    await step('editor', { workflowAction: 'submit' })
    const [submitted] = await mailsTo('reviewer@finance.example.go.th', 1)
    await step('reviewer', { workflowAction: 'sendBack', workflowReason: 'แนบไฟล์ผิดฉบับ' })
    const [returned] = await mailsTo('editor@finance.example.go.th', 1)
    await step('editor', { workflowAction: 'submit' })
    await step('reviewer', { workflowAction: 'approve' })
    const [approved] = await mailsTo('publisher@finance.example.go.th', 1)
    await step('publisher', { _status: 'published' }, false)
    const editorMails = await mailsTo('editor@finance.example.go.th', 2)
    const published = editorMails[1]

    // Every user here reads Thai (the default e-mail language): Thai only (mail-language.test.ts).
    expect(submitted?.subject).toBe(`รอตรวจ: ${title}`)
    expect(returned?.subject).toBe(`ส่งกลับให้แก้ไข: ${title}`)
    expect(returned?.text).toContain('แนบไฟล์ผิดฉบับ')
    expect(approved?.subject).toBe(`รอเผยแพร่: ${title}`)
    expect(published?.subject).toBe(`เผยแพร่แล้ว: ${title}`)
    // Each says what happened in its first line.
    expect(submitted?.text?.split('\n')[0]).toBe(`มีเอกสารส่งมาให้ท่านตรวจ: ${title}`)
    expect(published?.text?.split('\n')[0]).toBe(`เอกสารที่ท่านจัดทำเผยแพร่บนเว็บไซต์แล้ว: ${title}`)
    for (const mail of [submitted, returned, approved, published]) {
      expect(mail?.text).not.toMatch(/waiting for you\b/i)
      expect(mail?.text).toContain(`${ORIGIN}/admin/collections/${SLUG}/${id}`)
      expect(mail?.html).toContain(`${ORIGIN}/admin/collections/${SLUG}/${id}`)
      expect(mail?.from).not.toMatch(/@localhost/)
      expect(mail?.from).toMatch(/<[^@\s]+@[^@\s]+\.[a-z]+>$/)
    }
  })

  it('the sender: no-reply@ the site domain when it is configured, never @localhost', () => {
    expect(defaultSender('https://www.example.go.th/')).toBe('no-reply@example.go.th')
    expect(defaultSender('http://192.0.2.10:8080')).toBe(FALLBACK_EMAIL_FROM)
    expect(defaultSender('http://localhost:3000')).toBe(FALLBACK_EMAIL_FROM)
    expect(defaultSender(undefined)).toBe(FALLBACK_EMAIL_FROM)
    expect(parseEnv({ NEXT_PUBLIC_SERVER_URL: 'https://sukjai.go.th' }).email.from.address).toBe('no-reply@sukjai.go.th')
    expect(parseEnv({}).email.from.address).not.toMatch(/localhost/)
  })
})

describe('due reminders (no request): the last origin seen, else the configured address', () => {
  // Each run judges a later date, so that something not yet reminded is due.
  const run = async (now: string, siteUrl?: string) => {
    clearOutbox()
    const req = await createLocalReq({}, payload)
    await sendDueReminders({
      payload,
      req,
      frameworks: (payload.config.custom.oit as OitCustomConfig).frameworks,
      siteUrl,
      recipients: async () => ['editor@finance.example.go.th'],
      now: new Date(now),
    })
    const mails = outbox()
    expect(mails.length).toBeGreaterThan(0)
    return mails
  }

  it('links on the last origin a person used', async () => {
    await rest.get('/oit/2569/status', { token: tokens.admin, headers: { host: HOST } })
    for (const mail of await run('2023-02-15T10:00:00+07:00')) {
      const links = urlsIn(mail.text ?? '')
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link.startsWith(`${ORIGIN}/admin/`), link).toBe(true)
    }
  })

  it('links on the configured address when there is one', async () => {
    forgetLastSeenOrigin()
    for (const mail of await run('2023-04-05T10:00:00+07:00', CONFIGURED)) {
      for (const link of urlsIn(mail.text ?? '')) expect(link.startsWith(`${CONFIGURED}/admin/`), link).toBe(true)
    }
  })

  it('nothing configured and nobody seen: a relative link and a warning in the log', async () => {
    forgetLastSeenOrigin()
    const warn = vi.spyOn(payload.logger, 'warn')
    try {
      const mails = await run('2026-02-15T10:00:00+07:00')
      for (const mail of mails) {
        expect(mail.text).toContain(' /admin/collections/')
        expect(urlsIn(mail.text ?? '').filter((u) => u.includes('/admin/'))).toEqual([])
      }
      expect(warn.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringContaining('NEXT_PUBLIC_SERVER_URL'))
    } finally {
      warn.mockRestore()
    }
  })
})
