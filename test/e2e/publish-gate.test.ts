/**
 * An editor opens an incomplete executive and sees the checklist with the missing photo
 * (and no publish button: publishing is สำนักปลัด's). Once it is submitted and approved,
 * the publisher tries to publish, sees the refusal banner, uploads the photo, publishes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { imageBuffer } from '../../seed/files'
import { DEFAULT_ADMIN, DEMO_STAFF } from '../../seed/data/organisation'
import { launchBrowser, logIn, screenshotPath, thaiContext, visible } from '../helpers/browser'
import { type ApiCall, signedInApi } from '../helpers/api'
import { frameworkSources } from '../helpers/frameworks'
import { parseFrameworks } from '../../plugins/oit/framework/load'
import { yearInForce } from '../../plugins/oit/framework/yearInForce'
import { fiscalYearOf } from '../../src/lib/thai-calendar'

const baseURL = inject('baseURL')
const EDITOR = { email: 'editor.strategy@sukjai-pao.go.th', password: 'Strategy-editor-k7!2566' }
const DRAFT_NAME = 'นายสุรเชษฐ์ บุญประคอง'

let browser: Browser
let context: BrowserContext
let page: Page
let api: ApiCall
let executiveId: number | string

beforeAll(async () => {
  api = await signedInApi(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  const strategy = await api('/departments?where[code][equals]=strategy')
  const created = await api('/users', {
    method: 'POST',
    body: JSON.stringify({
      ...EDITOR,
      name: 'เจ้าหน้าที่กองยุทธศาสตร์',
      roles: ['editor'],
      departments: [strategy.body.docs[0].id],
    }),
  })
  expect(created.status).toBe(201)
  const draft = await api(`/executives?draft=true&where[name][equals]=${encodeURIComponent(DRAFT_NAME)}`)
  executiveId = draft.body.docs[0].id

  browser = await launchBrowser()
  context = await thaiContext(browser)
  page = await context.newPage()
  await logIn(page, baseURL, EDITOR.email, EDITOR.password)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('publish gate in the admin', () => {
  it('shows the editor their incomplete items on the dashboard', async () => {
    expect(await visible(page.locator('.my-incomplete-items'))).toBe(true)
    expect(await visible(page.locator('.my-incomplete-items').getByText(DRAFT_NAME))).toBe(true)
    await page.screenshot({ path: screenshotPath('gate-dashboard-panel.png'), fullPage: true })
  })

  it('lists the missing photo in the sidebar checklist', async () => {
    await page.goto(`${baseURL}/admin/collections/executives/${executiveId}`)
    const photo = page.locator('.publish-gate__line[data-rule~="o2.photo"]')
    expect(await visible(photo)).toBe(true)
    expect(await photo.getAttribute('data-met')).toBe('no')
    // ITA 2566 and ITA 2569 both ask for the photo: one line, naming both years and levels.
    expect(await photo.count()).toBe(1)
    expect(await photo.locator('.publish-gate__asked-by').innerText()).toBe('ITA 2566: บังคับ · ITA 2569 (ชั่วคราว): เตือน')
    // One line per component: no words twice.
    const words = await page
      .locator('.publish-gate__line > span:nth-child(2)')
      .evaluateAll((spans) => spans.map((s) => s.firstChild?.textContent ?? ''))
    expect(words.length).toBeGreaterThan(3)
    expect(new Set(words).size).toBe(words.length)
    // No rule ids anywhere a person can see them (tooltips included).
    expect(await page.locator('.publish-gate [title]').count()).toBe(0)
    expect(await page.locator('.publish-gate').innerText()).not.toMatch(/\bo2\.|\bO2\./)
    expect(await page.locator('.publish-gate__judged-by').innerText()).toBe('ตรวจตาม: ITA 2566, ITA 2569 (ชั่วคราว)')
    expect(await page.locator('.publish-gate__status').textContent()).toContain('ยังเผยแพร่ไม่ได้')
    await page.screenshot({ path: screenshotPath('gate-checklist-missing.png'), fullPage: true })
    // Each line takes the editor to its field.
    await page.locator('.publish-gate__line[data-rule~="o2.contact"]').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-contact__phone')
    // Publishing is not the editor's step: the admin does not offer it.
    expect(await page.locator('#action-save').count()).toBe(0)
  })

  it('once submitted and approved, the publisher opens it', async () => {
    for (const step of ['submit', 'approve']) {
      const res = await api(`/executives/${executiveId}?draft=true`, {
        method: 'PATCH',
        body: JSON.stringify({ workflowAction: step }),
      })
      expect(res.status).toBe(200)
    }
    const publisher = DEMO_STAFF.find((s) => s.roles.includes('publisher' as never))!
    await context.clearCookies()
    await logIn(page, baseURL, publisher.email, DEFAULT_ADMIN.password)
    await page.goto(`${baseURL}/admin/collections/executives/${executiveId}`)
    await page.locator('.publish-gate__status').waitFor()
  })

  it('refuses the publish with a banner that cannot be mistaken for success', async () => {
    await page.locator('#action-save').click()
    expect(await visible(page.locator('.publish-gate__refused'))).toBe(true)
    expect(await page.locator('.publish-gate__refused').textContent()).toContain('ยังไม่ได้เผยแพร่')
    await page.screenshot({ path: screenshotPath('gate-refused.png'), fullPage: true })
    const doc = await api(`/executives/${executiveId}`)
    expect(doc.body._status).toBe('draft')
  })

  it('publishes once the photo is uploaded and a contact channel given', async () => {
    // Upload a new photo through the field's own "create new" drawer.
    await page.locator('#field-photo').getByRole('button', { name: 'สร้างใหม่' }).click()
    const drawer = page.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles({
      name: 'deputy-mayor.png',
      mimeType: 'image/png',
      buffer: await imageBuffer(600, 800, '#7a4e2d'),
    })
    await drawer.locator('#field-alt').fill('ภาพรองนายก อบจ.')
    await drawer.locator('#action-save').click()
    await page.locator('.publish-gate__line[data-rule~="o2.photo"][data-met="yes"]').waitFor({ timeout: 15_000 })

    await page.locator('#field-contact__phone').fill('0 5451 1234 ต่อ 103')
    await page.locator('.publish-gate__status', { hasText: 'พร้อมเผยแพร่' }).waitFor({ timeout: 10_000 })
    await page.screenshot({ path: screenshotPath('gate-ready.png'), fullPage: true })

    // Complete again: the refusal banner is gone before the second publish.
    expect(await page.locator('.publish-gate__refused').count()).toBe(0)
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await api(`/executives/${executiveId}`)).body._status, { timeout: 15_000 })
      .toBe('published')
    expect(await page.locator('.publish-gate__refused').count()).toBe(0)
    await page.screenshot({ path: screenshotPath('gate-published.png'), fullPage: true })
  })

  it('shows completeness in the list view and filters incomplete documents', async () => {
    await page.goto(`${baseURL}/admin/collections/plans?where[readiness][equals]=incomplete`)
    await page.locator('table tbody tr').first().waitFor()
    const rows = await page.locator('table tbody tr').count()
    expect(rows).toBeGreaterThanOrEqual(1)
    expect(await page.locator('.readiness-cell--ready').count()).toBe(0)
    expect(await page.locator('.readiness-cell--incomplete').count()).toBe(rows)
    await page.screenshot({ path: screenshotPath('gate-list-incomplete.png'), fullPage: true })
  })

  it('a document of the fiscal year in force names that year: no framework yet, the newest as a guide', async () => {
    // Today's news: its fiscal year follows its date (FY 2570 from 1 October 2569).
    const today = new Date()
    const year = fiscalYearOf(today)
    const inForce = yearInForce(parseFrameworks(frameworkSources()), today)!
    const created = await api('/news?draft=true', {
      method: 'POST',
      body: JSON.stringify({ title: 'ข่าวกิจกรรมวันนี้', date: today.toISOString(), _status: 'draft' }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.fiscalYear).toBe(year)
    await context.clearCookies()
    await logIn(page, baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    await page.goto(`${baseURL}/admin/collections/news/${created.body.doc.id}`)
    const judged = page.locator('.publish-gate__judged-by')
    await judged.waitFor()
    if (inForce.framework.guideFrom) {
      expect(await page.locator('.publish-gate__no-standard').innerText()).toBe(
        `ยังไม่มีเกณฑ์ ITA ${year} — ใช้เกณฑ์ ITA ${inForce.framework.guideFrom} (ชั่วคราว) เป็นแนวทางชั่วคราว`,
      )
    } else {
      expect(await judged.innerText()).toContain(`ITA ${year}`)
    }
    const words = await page
      .locator('.publish-gate__line > span:nth-child(2)')
      .evaluateAll((spans) => spans.map((s) => s.firstChild?.textContent ?? ''))
    expect(new Set(words).size).toBe(words.length)
    await page.locator('.publish-gate').scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('gate-checklist-year-in-force.png'), fullPage: true })
  })
})
