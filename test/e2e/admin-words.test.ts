/**
 * What a Thai office reads in its first hour (issue 18, items 12–14): no English words in
 * the Thai admin's สขร.1 edit view or its schedule-publish dialog, Thai time, the
 * organisation's emblem and name at sign-in, a first publication worded as one, a
 * confirmation and the workflow step after ส่งตรวจ, and the status and comparison pages
 * on a 390-px phone without the page scrolling sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN, DEMO_ORGANISATION } from '../../seed/data/organisation'
import { type ApiCall, signedInApi } from '../helpers/api'
import { launchBrowser, logIn, screenshotPath, thaiContext, visible } from '../helpers/browser'

const baseURL = inject('baseURL')
/** The English words the trial found in the Thai admin. */
const ENGLISH = /\b(Bidders?|Blocks?|Time|Midway)\b/

let browser: Browser
let context: BrowserContext
let page: Page
let api: ApiCall

/** English words in the page's text (hidden rows too), its labels and tooltips. */
async function englishWords(target: Page, selector = 'body'): Promise<string[]> {
  const texts = await target.evaluate((sel) => {
    const root = document.querySelector(sel)
    if (!root) return []
    const out: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.tagName
      if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue
      if (node.textContent?.trim()) out.push(node.textContent.trim())
    }
    for (const el of root.querySelectorAll('[aria-label],[title],[placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)
        if (value) out.push(value)
      }
    }
    return out
  }, selector)
  return texts.filter((text) => ENGLISH.test(text))
}

/** Whether the page itself scrolls sideways (its tables may, inside their own boxes). */
async function overflows(target: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return target.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }))
}

beforeAll(async () => {
  api = await signedInApi(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  browser = await launchBrowser()
  context = await thaiContext(browser)
  page = await context.newPage()
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('the Thai admin speaks Thai', () => {
  it('the sign-in page shows the organisation’s name and emblem, not Payload’s logo', async () => {
    await page.goto(`${baseURL}/admin/login`)
    expect(await visible(page.locator('.organisation-logo').getByText(DEMO_ORGANISATION.nameTh))).toBe(true)
    expect(await page.locator('svg.graphic-logo').count()).toBe(0)
    await page.screenshot({ path: screenshotPath('admin-words-login.png'), fullPage: true })
  })

  it('the สขร.1 edit view has Thai row labels and buttons, no English words', async () => {
    await logIn(page, baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    const { body } = await api('/procurement-monthly-summaries?limit=1&depth=0&draft=true&where[rows.bidders.name][exists]=true')
    const id = body.docs[0].id
    await page.goto(`${baseURL}/admin/collections/procurement-monthly-summaries/${id}`)
    await page.locator('.workflow-panel').waitFor()
    // Open the first purchase, then its first bidder.
    await page.locator('#field-rows .array-field__row .collapsible__toggle').first().click()
    // Payload's Thai "เพิ่ม {{label}}" puts a space before the label.
    const addBidder = page.getByRole('button', { name: /^เพิ่ม\s*ผู้เสนอราคา$/ })
    expect(await visible(addBidder.first())).toBe(true)
    expect(await page.getByText(/^ผู้เสนอราคา 0?1$/).count()).toBeGreaterThan(0)
    expect(await englishWords(page)).toEqual([])
    await page.screenshot({ path: screenshotPath('admin-words-sor-kor-ror.png'), fullPage: true })
  })

  it('the schedule-publish dialog offers Thai time (Asia/Bangkok) with Thai words only', async () => {
    // The chevron beside the publish button opens its menu (Payload names the popup `<button id>-popup`).
    await page.locator('#action-save-popup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    await page.locator('.schedule-publish').first().waitFor()
    expect(await visible(page.getByText('เวลาประเทศไทย (Asia/Bangkok, UTC+7)').first())).toBe(true)
    expect(await page.getByText(/Midway/).count()).toBe(0)
    // The dialog's own words (before react-datepicker's calendar opens: see the known gap below).
    expect(await englishWords(page, '.schedule-publish')).toEqual([])
    await page.locator('.schedule-publish .date-time-picker input').first().click()
    await page.locator('.react-datepicker').first().waitFor()
    // Known gap: react-datepicker's own caption "Time" and aria-label "Choose Date and Time"
    // (Payload's schedule dialog passes no timeCaption/ariaLabelPrefix; the caption only
    // *shows* เวลา through custom.scss) and its CE years remain: see the issue-18 report.
    await page.screenshot({ path: screenshotPath('admin-words-schedule.png'), fullPage: true })
    await page.keyboard.press('Escape')
  })
})

describe('workflow words', () => {
  let id: number

  beforeAll(async () => {
    // A complete law as a draft that was never published: a copy of a published demo law.
    const { body } = await api('/laws?where[_status][equals]=published&limit=1&depth=0')
    const { id: _id, createdAt, updatedAt, readiness, completeness, workflowState, ...law } = body.docs[0]
    const created = await api('/laws?draft=true', {
      method: 'POST',
      body: JSON.stringify({ ...law, title: 'ประกาศทดสอบถ้อยคำการเผยแพร่ครั้งแรก', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    id = created.body.doc.id
  })

  it('after ส่งตรวจ: a confirmation, and the header names the step, not "ฉบับร่าง"', async () => {
    await page.goto(`${baseURL}/admin/collections/laws/${id}`)
    await page.locator('.workflow-panel').waitFor()
    expect(await page.locator('.workflow-step__value').innerText()).toBe('ร่าง')
    await page.locator('#workflow-submit').click()
    const confirmation = page.locator('.workflow-buttons__done')
    expect(await visible(confirmation)).toBe(true)
    expect(await confirmation.innerText()).toContain('ส่งตรวจแล้ว')
    expect(await page.locator('.workflow-step__value').innerText()).toBe('ส่งตรวจแล้ว')
    expect(await page.locator('.doc-controls').getByText('ฉบับร่าง').isVisible()).toBe(false)
    await page.screenshot({ path: screenshotPath('admin-words-submitted.png'), fullPage: true })
  })

  it('a never-published document’s button reads "เผยแพร่" and its toast "เผยแพร่สำเร็จ"', async () => {
    const button = page.locator('#action-save')
    expect((await button.innerText()).trim()).toBe('เผยแพร่')
    await button.click()
    expect(await visible(page.getByText('เผยแพร่สำเร็จ').first())).toBe(true)
    expect(await page.getByText('แก้ไขสำเร็จ').count()).toBe(0)
  })
})

describe('status and comparison on a 390-px phone', () => {
  let phone: BrowserContext
  let mobile: Page

  beforeAll(async () => {
    phone = await browser.newContext({
      locale: 'th-TH',
      timezoneId: 'Asia/Bangkok',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    mobile = await phone.newPage()
    await logIn(mobile, baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  })

  afterAll(async () => {
    await phone?.close()
  })

  it('the status view fits; its downloads follow the division filter', async () => {
    await mobile.goto(`${baseURL}/admin/oit-status?year=2566&department=finance`)
    await mobile.locator('.oit-status-table').first().waitFor()
    const { scrollWidth, innerWidth } = await overflows(mobile)
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
    expect(await mobile.locator('.oit-export-xlsx').getAttribute('href')).toContain('department=finance')
    expect(await mobile.locator('.oit-export-csv').getAttribute('href')).toContain('department=finance')
    await mobile.screenshot({ path: screenshotPath('admin-words-status-390.png'), fullPage: true })
  })

  it('the comparison fits, and a provisional year says "ยังไม่พบในเกณฑ์ชั่วคราว", not "ตัดออก"', async () => {
    await mobile.goto(`${baseURL}/admin/oit-compare?from=2566&to=2569`)
    await mobile.locator('.oit-compare-table').waitFor()
    const { scrollWidth, innerWidth } = await overflows(mobile)
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
    expect(await mobile.locator('.oit-relation--removed').count()).toBe(0)
    expect(await mobile.getByText('ตัดออก', { exact: true }).count()).toBe(0)
    expect(await mobile.locator('.oit-relation--not-in-provisional').count()).toBeGreaterThan(0)
    await mobile.screenshot({ path: screenshotPath('admin-words-compare-390.png'), fullPage: true })
  })
})
