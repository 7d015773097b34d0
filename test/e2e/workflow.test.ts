/**
 * Prepare → review → publish in the admin, as the demo อบจ.'s staff would: กองคลัง's
 * editor submits, its director sends it back with a reason, the editor fixes and
 * resubmits, the director approves, สำนักปลัด publishes. Each sees the document in
 * "งานของฉัน", and each hand-over is e-mailed (printed by the app without SMTP).
 */
import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN, DEMO_STAFF } from '../../seed/data/organisation'
import { launchBrowser, logIn, screenshotPath, thaiContext, visible } from '../helpers/browser'
import { type ApiCall, signedInApi } from '../helpers/api'

const baseURL = inject('baseURL')
const serverLog = inject('serverLog')
const TITLE = 'ประกาศกองคลัง เรื่อง อัตราค่าธรรมเนียมจัดเก็บ (ทดสอบขั้นตอน)'
const FIXED = `${TITLE} ฉบับแก้ไข`
const REASON = 'ขาดเลขที่ประกาศ โปรดระบุให้ครบ'
const [editor, reviewer, publisher] = DEMO_STAFF

let browser: Browser
const pages: Record<string, Page> = {}
let api: ApiCall
let id: number

/** The app's output since the test began: the printed e-mails. */
const mailLog = () => fs.readFileSync(serverLog, 'utf8')

async function openDocument(page: Page) {
  await page.goto(`${baseURL}/admin/collections/laws/${id}`)
  // Another browser test running beside this one may have opened the newest law (and so
  // hold its lock): this person takes it over, as they would in the office.
  const locked = page.locator('#document-locked')
  await Promise.race([page.locator('.workflow-panel').waitFor(), locked.waitFor()])
  if (await locked.isVisible()) await locked.locator('button.btn--style-primary').click()
  await page.locator('.workflow-panel').waitFor()
}

beforeAll(async () => {
  api = await signedInApi(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  // A complete law of กองคลัง, as a draft: a copy of a published demo law.
  const { body } = await api('/laws?where[_status][equals]=published&limit=1&depth=0')
  const { id: _id, createdAt, updatedAt, readiness, completeness, workflowState, ...law } = body.docs[0]
  // The กองคลัง of the law's own organisation (the demo has two, each with a กองคลัง).
  const finance = await api(`/divisions?where[code][equals]=finance&where[tenant][equals]=${law.tenant}`)
  // A law deleted for good just before: SQLite may give the next one its id, and its
  // history must not show as the new document's.
  const gone = await api('/laws?draft=true', {
    method: 'POST',
    body: JSON.stringify({ ...law, title: `${TITLE} (ลบแล้ว)`, division: finance.body.docs[0].id, _status: 'draft' }),
  })
  expect((await api(`/laws/${gone.body.doc.id}?trash=true`, { method: 'DELETE' })).status).toBe(200)
  const created = await api('/laws?draft=true', {
    method: 'POST',
    body: JSON.stringify({ ...law, title: TITLE, division: finance.body.docs[0].id, _status: 'draft' }),
  })
  expect(created.status).toBe(201)
  id = created.body.doc.id

  browser = await launchBrowser()
  for (const person of [editor, reviewer, publisher]) {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await logIn(page, baseURL, person.email, DEFAULT_ADMIN.password)
    pages[person.email] = page
  }
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

describe('prepare → review → publish', () => {
  it('the editor finds the draft in “งานของฉัน” and submits it', async () => {
    const page = pages[editor.email]!
    await page.goto(`${baseURL}/admin/my-tasks`)
    expect(await visible(page.locator('.my-tasks__draft').getByText(TITLE))).toBe(true)
    await page.screenshot({ path: screenshotPath('workflow-1-editor-tasks.png'), fullPage: true })
    await openDocument(page)
    // Publishing is สำนักปลัด's step: the editor is not offered it.
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.locator('#workflow-submit').click()
    await expect.poll(() => page.locator('.workflow-panel__history').textContent()).toContain('ส่งตรวจ')
    // The next step is the reviewer's: no button left for the editor.
    expect(await page.locator('.workflow-buttons button').count()).toBe(0)
    await expect.poll(mailLog).toContain(reviewer.email)
  })

  it('the reviewer sees it, and sends it back with a reason', async () => {
    const page = pages[reviewer.email]!
    await page.goto(`${baseURL}/admin`)
    expect(await visible(page.locator('.my-tasks__submitted').getByText(TITLE))).toBe(true)
    await page.screenshot({ path: screenshotPath('workflow-2-reviewer-dashboard.png'), fullPage: true })
    await openDocument(page)
    // No reason, no send-back.
    expect(await page.locator('#workflow-sendBack').isDisabled()).toBe(true)
    await page.locator('#workflow-reason').fill(REASON)
    await page.locator('#workflow-sendBack').click()
    await expect.poll(() => page.locator('.workflow-panel__history').textContent()).toContain(REASON)
    await page.screenshot({ path: screenshotPath('workflow-3-sent-back.png'), fullPage: true })
    await expect.poll(() => mailLog().split(editor.email).length).toBeGreaterThan(1)
  })

  it('the editor sees the reason, fixes the title, saves and resubmits', async () => {
    const page = pages[editor.email]!
    await page.goto(`${baseURL}/admin/my-tasks`)
    const returned = page.locator('.my-tasks__returned')
    expect(await visible(returned.getByText(TITLE))).toBe(true)
    expect(await returned.textContent()).toContain(REASON)
    await openDocument(page)
    expect(await page.locator('.workflow-panel__note').textContent()).toContain(REASON)
    await page.screenshot({ path: screenshotPath('workflow-4-editor-returned.png'), fullPage: true })
    await page.locator('#field-title').fill(FIXED)
    // An unsaved change: the step waits for the save.
    await expect.poll(() => page.locator('#workflow-submit').isDisabled()).toBe(true)
    await page.locator('#action-save-draft').click()
    await expect.poll(() => page.locator('#workflow-submit').isDisabled()).toBe(false)
    await page.locator('#workflow-submit').click()
    await expect.poll(async () => (await api(`/laws/${id}?draft=true&depth=0`)).body.workflowState).toBe('submitted')
  })

  it('the reviewer approves', async () => {
    const page = pages[reviewer.email]!
    await openDocument(page)
    await page.locator('#workflow-approve').click()
    await expect.poll(async () => (await api(`/laws/${id}?draft=true&depth=0`)).body.workflowState).toBe('approved')
    await expect.poll(mailLog).toContain(publisher.email)
  })

  it('the publisher finds it approved and publishes it', async () => {
    const page = pages[publisher.email]!
    await page.goto(`${baseURL}/admin/my-tasks`)
    expect(await visible(page.locator('.my-tasks__approved').getByText(FIXED))).toBe(true)
    await page.screenshot({ path: screenshotPath('workflow-5-publisher-tasks.png'), fullPage: true })
    await openDocument(page)
    await page.locator('#action-save').click()
    await expect.poll(async () => (await api(`/laws/${id}?depth=0`)).body._status).toBe('published')
    const doc = (await api(`/laws/${id}?depth=0`)).body
    expect(doc.title).toBe(FIXED)
    expect(doc.workflowState).toBe('published')
    await page.reload()
    await page.screenshot({ path: screenshotPath('workflow-6-published.png'), fullPage: true })
    // Its own history only: nothing of a deleted document that once had the same id.
    const history = await page.locator('.workflow-panel__history').textContent()
    expect(history).toContain('เผยแพร่')
    expect(history).not.toContain('ลบถาวร')
    // The full log, from the panel's link: this document's entries, its kind named in Thai.
    await page.locator('.workflow-panel a', { hasText: 'ดูบันทึกทั้งหมด' }).click()
    await page.locator('table tbody tr').first().waitFor()
    const log = await page.locator('table tbody').textContent()
    expect(log).toContain('กฎหมายที่เกี่ยวข้อง')
    expect(log).toContain(FIXED)
    expect(log).not.toContain('ลบแล้ว')
    await page.screenshot({ path: screenshotPath('workflow-7-audit-log.png'), fullPage: true })
    // The public sees it now, without its internal step.
    const site = await fetch(`${baseURL}/api/laws/${id}`)
    const pub = (await site.json()) as Record<string, unknown>
    expect(pub.title).toBe(FIXED)
    expect(pub.workflowState).toBeUndefined()
  })

  it('the history names each step and who took it', async () => {
    const log = await api(
      `/audit-log?where[collection][equals]=laws&where[documentId][equals]=${id}&sort=createdAt&limit=50`,
    )
    const steps = log.body.docs.map(
      (e: { action: string; userName: string }) => `${e.action}:${e.userName.split(' · ').pop()}`,
    )
    expect(steps).toEqual(
      expect.arrayContaining([
        `submit:${editor.email}`,
        `sendBack:${reviewer.email}`,
        `approve:${reviewer.email}`,
        `publish:${publisher.email}`,
      ]),
    )
  })
})
