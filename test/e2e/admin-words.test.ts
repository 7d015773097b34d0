/**
 * What a Thai office reads in its first hour (issue 18, items 12–14): no English words in
 * the Thai admin's สขร.1 edit view or its schedule-publish dialog (whose picker shows and
 * reads Buddhist-era dates as the date fields do), Thai time, the
 * organisation's emblem and name at sign-in, a first publication worded as one, a
 * confirmation and the workflow step after ส่งตรวจ, and the status and comparison pages
 * on a 390-px phone without the page scrolling sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'


import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN, DEMO_ORGANISATION } from '../../seed/data/organisation'
import { type ApiCall, signedInApi } from '../helpers/api'
import { launchBrowser, logIn, screenshotPath, thaiContext, visible } from '../helpers/browser'
import { runSql } from './database'

const baseURL = inject('baseURL')
/**
 * The English words the trial found in the Thai admin (react-datepicker's among them), and
 * translation keys shown as they are ("plugin-buddhist-era:time").
 */
const ENGLISH =
  /\b(Bidders?|Blocks?|Time|Midway|Choose|Month|Not available|January|February|March|April|May|June|July|August|September|October|November|December)\b|\b[a-z]+[A-Za-z]*:[a-z][A-Za-z]*\b/

let browser: Browser
let context: BrowserContext
let page: Page
let api: ApiCall

/** English words (or raw translation keys) in the page's text (hidden rows too), its labels and tooltips. */
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

/**
 * The document's scheduled publications not yet run, read from the app's database: Payload
 * lets nobody read its jobs through the API.
 */
async function scheduledJobs(docID: string): Promise<{ waitUntil: string; input: Record<string, any> }[]> {
  const rows = await runSql(
    inject('databaseUri'),
    "SELECT wait_until, input FROM payload_jobs WHERE task_slug = 'schedulePublish' AND completed_at IS NULL ORDER BY id",
  )
  return rows
    .map((r) => ({
      // SQLite keeps an ISO text, PostgreSQL a timestamp: the same instant either way.
      waitUntil: new Date(r.wait_until as string).toISOString(),
      input: typeof r.input === 'string' ? JSON.parse(r.input) : (r.input as Record<string, any>),
    }))
    .filter((job) => String(job.input.doc?.value) === docID)
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

  it('the schedule-publish dialog offers Thai time (Asia/Bangkok), Thai words and Buddhist-era years', async () => {
    const docID = new URL(page.url()).pathname.split('/').pop()
    // The chevron beside the publish button opens its menu (Payload names the popup `<button id>-popup`).
    await page.locator('#action-save-popup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    const dialog = page.locator('.schedule-publish').first()
    await dialog.waitFor()
    expect(await visible(page.getByText('เวลาประเทศไทย (Asia/Bangkok, UTC+7)').first())).toBe(true)
    expect(await page.getByText(/Midway/).count()).toBe(0)
    expect(await englishWords(page, '.schedule-publish')).toEqual([])

    // The calendar: a Buddhist-era year to choose, Thai words in its text, labels and time list.
    const input = dialog.locator('.date-time-picker input').first()
    await input.click()
    const calendar = page.locator('.react-datepicker').first()
    await calendar.waitFor()
    const yearSelect = calendar.locator('.era-calendar-header select').last()
    expect(await yearSelect.locator('option:checked').innerText()).toMatch(/^พ\.ศ\. 25\d\d$/)
    expect(await englishWords(page, '.schedule-publish')).toEqual([])
    expect(await englishWords(page, '.react-datepicker')).toEqual([])
    expect(await calendar.innerText()).not.toMatch(/\b20\d\d\b/)
    // Each day is read out in Thai with its Buddhist-era year ("เลือก วันจันทร์ที่ 7 ธันวาคม 2569").
    expect(await calendar.locator('.react-datepicker__day').first().getAttribute('aria-label')).toMatch(
      /^(เลือก|เลือกไม่ได้) วัน\S+ที่ \d+ \S+ 25\d\d$/,
    )

    // Next year's 15 January, picked in the calendar at 10:00…
    const year = new Date().getFullYear() + 1
    const beYear = year + 543
    await yearSelect.selectOption({ label: `พ.ศ. ${beYear}` })
    await calendar.locator('.era-calendar-header select').first().selectOption({ label: 'มกราคม' })
    await calendar.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').click()
    await calendar.locator('.react-datepicker__time-list-item', { hasText: /^10:00$/ }).click()
    expect(await input.inputValue()).toBe(`15 ม.ค. ${beYear} 10:00`)
    await input.click()
    await calendar.waitFor()
    await page.screenshot({ path: screenshotPath('admin-words-schedule.png'), fullPage: true })

    // …then typed the Thai way with another time: what is typed is what is scheduled.
    await input.fill(`15 ม.ค. ${beYear} 10:30`)
    await dialog.locator('h2').first().click()
    expect(await input.inputValue()).toBe(`15 ม.ค. ${beYear} 10:30`)
    expect(await dialog.locator('.era-date-field__problem').count()).toBe(0)
    await dialog.locator('label', { hasText: /^เผยแพร่$/ }).click()
    await dialog.locator('#scheduled-publish-save').click()
    // The list of what is scheduled shows the moment in Thai time, with the BE year.
    const row = dialog.locator('.schedule-publish__upcoming .table')
    expect(await visible(row.getByText(`15 ม.ค. ${beYear} 10:30`))).toBe(true)
    await page.screenshot({ path: screenshotPath('admin-words-schedule-saved.png'), fullPage: true })

    // Stored as that moment in Asia/Bangkok (UTC+7).
    const jobs = await scheduledJobs(docID!)
    expect(jobs.map((job) => job.waitUntil)).toEqual([`${year}-01-15T03:30:00.000Z`])
    expect(jobs[0]!.input).toMatchObject({ type: 'publish', timezone: 'Asia/Bangkok' })
  })

  it('the schedule dialog says what it cannot read, in Thai, and schedules nothing from it', async () => {
    const docID = new URL(page.url()).pathname.split('/').pop()!
    const before = await scheduledJobs(docID)
    const dialog = page.locator('.schedule-publish').first()
    if (!(await dialog.isVisible())) {
      await page.locator('#action-save-popup .popup-button').first().click()
      await page.locator('#schedule-publish').click()
      await dialog.waitFor()
    }
    const input = dialog.locator('.date-time-picker input').first()
    for (const [text, problem] of [
      ['15 ม.ค. 2570', 'ระบุเวลาด้วย'],
      ['1 ม.ค. 2560 10:30', 'ผ่านไปแล้ว'],
      ['31 ก.พ. 2580 10:30', 'ไม่มีวันหรือเดือนนี้'],
    ]) {
      await input.fill(text!)
      await dialog.locator('h2').first().click()
      expect(await visible(dialog.locator('.era-date-field__problem', { hasText: problem! }))).toBe(true)
      // The date stays unchosen: saving says so instead of scheduling another moment.
      await dialog.locator('#scheduled-publish-save').click()
      expect(await visible(page.getByText('ไม่ได้เลือกวันที่').first())).toBe(true)
    }
    await page.screenshot({ path: screenshotPath('admin-words-schedule-problem.png'), fullPage: true })
    expect(await scheduledJobs(docID)).toEqual(before)
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
    await mobile.goto(`${baseURL}/admin/oit-status?year=2566&division=finance`)
    await mobile.locator('.oit-status-table').first().waitFor()
    const { scrollWidth, innerWidth } = await overflows(mobile)
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
    expect(await mobile.locator('.oit-export-xlsx').getAttribute('href')).toContain('division=finance')
    expect(await mobile.locator('.oit-export-csv').getAttribute('href')).toContain('division=finance')
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
