/**
 * E-mails follow the recipient's language (issue 19.2): each user's `language` (ภาษาของอีเมล)
 * picks the language of every e-mail the system sends them. A reviewer who reads English gets
 * an English-only workflow e-mail, one who reads Thai a Thai-only one, an account with no
 * language (an older row) the Thai / English message; one message per language. The same for
 * the OIT due reminders, run as the configured Payload job.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DUE_REMINDERS_TASK } from '@prongsai/oit'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { type CapturedEmail, clearOutbox, outbox } from '../../src/email'
import { forgetLastSeenOrigin, rememberOrigin } from '@prongsai/shared/siteOrigin'
import { copyOfPublished, titleFieldOf } from '../helpers/documents'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const PASSWORD = 'Mail-language-k8Qz!2569'
const SLUG = 'laws'
const THAI = /[\u0E00-\u0E7F]/
const EDITOR = 'editor@finance.example.go.th'
const REVIEWER_EN = 'reviewer-en@finance.example.go.th'
const REVIEWER_TH = 'reviewer-th@finance.example.go.th'
const REVIEWER_ANY = 'reviewer-any@finance.example.go.th'
const PUBLISHER = 'publisher-th@finance.example.go.th'
const OURS = [EDITOR, REVIEWER_EN, REVIEWER_TH, REVIEWER_ANY, PUBLISHER]
/** The addresses of a message that are this file's users (the demo seed has its own, reading Thai). */
const ours = (mail: CapturedEmail) => mail.to.filter((address) => OURS.includes(address))

let t: TestPayload
let payload: Payload
let rest: RestClient
const tokens: Record<string, string> = {}
let finance: number
let financeName: string

async function user(email: string, roles: string[], language: 'en' | 'th' | null) {
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: PASSWORD, roles, divisions: [finance], language } as never,
  })
  tokens[email] = await rest.login(email, PASSWORD)
}

/** The mails to `address` (sent after commit: waits for `count` of them). */
async function mailsTo(address: string, count = 1): Promise<CapturedEmail[]> {
  const found = () => outbox().filter((m) => m.to.includes(address))
  for (let i = 0; i < 50 && found().length < count; i++) await new Promise((r) => setTimeout(r, 50))
  return found()
}

/** Subject and text, for a look at every word of a message. */
const wordsOf = (mail: CapturedEmail | undefined) => `${mail?.subject}\n${mail?.text}`

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  rememberOrigin('http://localhost:3000')
  payload.config.jobs.deleteJobOnComplete = false
  rest = new RestClient(t.config)
  const division = (await payload.find({ collection: 'divisions', where: { code: { equals: 'finance' } }, limit: 1 }))
    .docs[0] as { id: number; nameTh: string }
  finance = division.id
  financeName = division.nameTh
  await user(EDITOR, ['editor'], 'en')
  await user(REVIEWER_EN, ['reviewer'], 'en')
  await user(REVIEWER_TH, ['reviewer'], 'th')
  await user(REVIEWER_ANY, ['reviewer'], null)
  await user(PUBLISHER, ['publisher'], 'th')
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
}, 180_000)

afterAll(async () => {
  forgetLastSeenOrigin()
  await t?.cleanup()
})

describe('the e-mail language of a user', () => {
  it('is Thai unless chosen, and each user may change their own', async () => {
    const created = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'new@example.go.th', password: PASSWORD, roles: ['editor'] },
    })
    expect(created.language).toBe('th')
    const token = await rest.login('new@example.go.th', PASSWORD)
    const res = await rest.patch(`/users/${created.id}`, { language: 'en' }, { token })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: created.id, overrideAccess: true, depth: 0 })
    expect(stored.language).toBe('en')
  })
})

describe('workflow e-mails follow the recipient', () => {
  let submitted: Record<string, CapturedEmail | undefined>
  let title: string

  beforeAll(async () => {
    clearOutbox()
    const template = await copyOfPublished(payload, SLUG, '')
    // A title without Thai, so that any Thai in the English message is the message's own.
    title = 'Procurement Act (language test)'
    template[titleFieldOf(payload, SLUG)] = title
    const created = await rest.post(`/${SLUG}?draft=true&depth=0`, { ...template, division: finance, _status: 'draft' }, {
      token: tokens[EDITOR],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const res = await rest.patch(`/${SLUG}/${id}?draft=true`, { workflowAction: 'submit' }, { token: tokens[EDITOR] })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    submitted = {}
    for (const address of [REVIEWER_EN, REVIEWER_TH, REVIEWER_ANY]) submitted[address] = (await mailsTo(address))[0]

    const back = await rest.patch(
      `/${SLUG}/${id}?draft=true`,
      { workflowAction: 'sendBack', workflowReason: 'The wrong file is attached' },
      { token: tokens[REVIEWER_TH] },
    )
    expect(back.status, JSON.stringify(back.body)).toBe(200)
  })

  it('one message per language: English, Thai, and Thai / English for an account with none', () => {
    const messages = outbox().filter((m) => m.subject.endsWith(title) && !m.to.includes(EDITOR))
    expect(messages.map(ours)).toEqual([[REVIEWER_ANY], [REVIEWER_EN], [REVIEWER_TH]])
  })

  it('a reviewer who reads English: English only', () => {
    const mail = submitted[REVIEWER_EN]
    expect(mail?.subject).toBe(`Waiting for your review: ${title}`)
    expect(mail?.text?.split('\n')[0]).toBe(`A document was submitted for your review: ${title}`)
    expect(wordsOf(mail)).not.toMatch(THAI)
    expect(mail?.html).not.toMatch(THAI)
  })

  it('a reviewer who reads Thai: Thai only', () => {
    const mail = submitted[REVIEWER_TH]
    expect(mail?.subject).toBe(`รอตรวจ: ${title}`)
    expect(mail?.text?.split('\n')[0]).toBe(`มีเอกสารส่งมาให้ท่านตรวจ: ${title}`)
    expect(mail?.text).toContain('เปิดเอกสาร: http://')
    expect(wordsOf(mail)).not.toMatch(/Waiting|review|Open the document/)
  })

  it('an account with no language: Thai, then English', () => {
    expect(submitted[REVIEWER_ANY]?.subject).toBe(`รอตรวจ / Waiting for your review: ${title}`)
  })

  it('the send-back reaches the submitter in their language (read from the audit entry)', async () => {
    const [mail] = await mailsTo(EDITOR)
    expect(mail?.subject).toBe(`Returned for changes: ${title}`)
    expect(mail?.text).toContain('Reason: The wrong file is attached')
    expect(wordsOf(mail)).not.toMatch(THAI)
  })
})

describe('an unpublish tells the division', () => {
  /** A new document of the finance division, titled without Thai, as `token` creates it. */
  async function create(title: string, token: string, status: 'draft' | 'published' = 'draft'): Promise<number> {
    const template = await copyOfPublished(payload, SLUG, '')
    template[titleFieldOf(payload, SLUG)] = title
    const query = status === 'draft' ? '?draft=true&depth=0' : '?depth=0'
    const created = await rest.post(`/${SLUG}${query}`, { ...template, division: finance, _status: status }, { token })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id
  }

  async function step(id: number, body: Record<string, unknown>, token: string, query = '?draft=true') {
    const res = await rest.patch(`/${SLUG}/${id}${query}`, body, { token })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }

  async function unpublish(id: number) {
    clearOutbox()
    await step(id, { _status: 'draft' }, tokens[PUBLISHER]!, '')
  }

  it('the submitter learns it, in their language', async () => {
    const title = 'Procurement Act (unpublished)'
    const id = await create(title, tokens[EDITOR]!)
    await step(id, { workflowAction: 'submit' }, tokens[EDITOR]!)
    await step(id, { workflowAction: 'approve' }, tokens[REVIEWER_TH]!)
    await step(id, { _status: 'published' }, tokens[PUBLISHER]!, '')
    await unpublish(id)
    const mails = (await mailsTo(EDITOR)).filter((m) => m.subject.endsWith(title))
    expect(mails.map((m) => m.subject)).toEqual([`Unpublished: ${title}`])
    expect(mails[0]?.text?.split('\n')[0]).toBe(`This document was unpublished and is no longer on the site: ${title}`)
    expect(wordsOf(mails[0])).not.toMatch(THAI)
  })

  it('with no submitter (published directly), the division\'s editors learn it', async () => {
    const title = 'Procurement Act (published directly, unpublished)'
    const id = await create(title, tokens.admin!, 'published')
    await unpublish(id)
    const mails = (await mailsTo(EDITOR)).filter((m) => m.subject.endsWith(title))
    expect(mails.map((m) => m.subject)).toEqual([`Unpublished: ${title}`])
    // Only the division's editors: not its reviewers, not the publisher who did it.
    const told = outbox()
      .filter((m) => m.subject.endsWith(title))
      .flatMap(ours)
    expect(told).toEqual([EDITOR])
  })
})

describe('due reminders follow the recipient', () => {
  let mails: CapturedEmail[]

  beforeAll(async () => {
    clearOutbox()
    // The task's slug is not in the generated types.
    const job = (await payload.jobs.queue({
      task: DUE_REMINDERS_TASK as never,
      input: { now: '2023-02-15T10:00:00+07:00' } as never,
    })) as unknown as { id: number | string }
    const { jobStatus } = await payload.jobs.runByID({ id: job.id, silent: true })
    expect(jobStatus?.[job.id]?.status).toBe('success')
    mails = outbox().filter((m) => m.subject.includes('o21'))
  })

  it('one message per language, the addresses of one language together', () => {
    expect(mails.map(ours)).toEqual([[EDITOR, REVIEWER_EN], [REVIEWER_TH], [REVIEWER_ANY]])
  })

  it('English only to those who read English (the division is named as it is stored)', () => {
    const mail = mails.find((m) => m.to.includes(REVIEWER_EN))
    expect(mail?.subject).toMatch(/^o21 Monthly procurement summary due: [A-Z][a-z]+ 20\d\d/)
    expect(mail?.text).toContain(`To the people responsible in ${financeName}`)
    expect(mail?.text).toContain('Sent automatically, once per item and period.')
    expect(wordsOf(mail).replaceAll(financeName, '')).not.toMatch(THAI)
    expect(mail?.html).toContain('<div lang="en">')
    expect(mail?.html).not.toContain('<div lang="th">')
  })

  it('Thai only to those who read Thai', () => {
    const mail = mails.find((m) => m.to.includes(REVIEWER_TH))
    expect(mail?.subject).toMatch(/^\[ITA 2566\] ถึงกำหนด o21 /)
    expect(mail?.text).toContain(`เรียน ผู้รับผิดชอบ ${financeName}`)
    expect(wordsOf(mail)).not.toMatch(/Monthly|responsible|Please|automatically|January/)
  })

  it('Thai, then English, to an account with no language', () => {
    const mail = mails.find((m) => m.to.includes(REVIEWER_ANY))
    expect(mail?.subject).toMatch(/^\[ITA 2566\] ถึงกำหนด o21 .* \/ o21 Monthly procurement summary due: /)
    expect(mail?.text).toContain(`เรียน ผู้รับผิดชอบ ${financeName}`)
    expect(mail?.text).toContain(`To the people responsible in ${financeName}`)
  })
})
