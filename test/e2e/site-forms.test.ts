/**
 * Documents on the public site as their readers know them (issue 18.15): สขร.1 as the
 * form's table (a numbered row per purchase, the form's columns), not a long list of
 * labels; no "ประกาศว่าไม่มี … ไม่ใช่" on documents that declare nothing; the organisation
 * page without raw coordinates and with its structure charts as pictures. Screenshots at
 * phone and desktop widths.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { PROFILE_SLUG } from '../../src/site/collections'
import { launchBrowser, screenshotPath } from '../helpers/browser'

const baseURL = inject('baseURL')
const SLUG = 'procurement-monthly-summaries'
/** The สขร.1 form's columns, in its order (the admin's words for each field). */
const HEADERS = [
  'ลำดับ',
  'งานที่ซื้อหรือจ้าง',
  'วงเงินที่ซื้อหรือจ้าง (บาท)',
  'ราคากลาง (บาท)',
  'วิธีการซื้อหรือจ้าง',
  'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
  'ผู้ได้รับการคัดเลือกและราคาที่ตกลง (บาท)',
  'เหตุผลที่คัดเลือกโดยสรุป',
  'เลขที่และวันที่ของสัญญา/ข้อตกลง',
]

type Doc = { id: number; rows?: unknown[]; declaredNone?: { isNone?: boolean } }

let browser: Browser
let context: BrowserContext
let page: Page

/** Published documents, as a visitor's API read gives them. */
async function publicDocs(slug: string): Promise<Doc[]> {
  const res = await fetch(`${baseURL}/api/${slug}?limit=200&depth=0`)
  return ((await res.json()) as { docs: Doc[] }).docs
}

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1366, height: 900 },
  })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('สขร.1 on the site', () => {
  it('is the form’s table: its columns, a numbered row per purchase, far shorter than a list of labels', async () => {
    const docs = (await publicDocs(SLUG)).filter((d) => d.rows?.length)
    expect(docs.length).toBeGreaterThan(0)
    const doc = docs.sort((a, b) => b.rows!.length - a.rows!.length)[0]!
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`${baseURL}/${SLUG}/${doc.id}`)
    const table = page.locator('table.rows-table')
    expect(await table.count()).toBe(1)
    const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim())
    expect(headers).toEqual(HEADERS)
    expect(await table.locator('tbody tr').count()).toBe(doc.rows!.length)
    // No label list of the rows left besides the table.
    expect(await page.locator('ol.rows').count()).toBe(0)
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    console.log(`สขร.1 /${SLUG}/${doc.id}: ${doc.rows!.length} rows, page height at 1366 px = ${height} px`)
    expect(height).toBeLessThan(1600)
    await page.screenshot({ path: screenshotPath('site-forms-skr1-1366.png'), fullPage: true })

    // On a phone the table scrolls in its own box; the page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${baseURL}/${SLUG}/${doc.id}`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const box = page.locator('.table-scroll')
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    await page.screenshot({ path: screenshotPath('site-forms-skr1-390.png'), fullPage: true })
  })

  it('a month declared as having no procurement shows the declaration and its explanation', async () => {
    const none = (await publicDocs(SLUG)).find((d) => d.declaredNone?.isNone)
    expect(none).toBeDefined()
    const html = await (await fetch(`${baseURL}/${SLUG}/${none!.id}`)).text()
    expect(html).toContain('ประกาศว่าไม่มี')
    expect(html).toContain('ไม่มีการจัดซื้อจัดจ้างในเดือนนี้')
  })
})

describe('no "ประกาศว่าไม่มี … ไม่ใช่"', () => {
  it('no published document of any category shows an unticked declaration', async () => {
    let checked = 0
    for (const { slug } of OIT_COLLECTIONS) {
      for (const doc of await publicDocs(slug)) {
        if (doc.declaredNone?.isNone) continue
        const res = await fetch(`${baseURL}/${slug}/${doc.id}`)
        const html = await res.text()
        expect(res.status, `/${slug}/${doc.id}`).toBe(200)
        const main = html.slice(html.indexOf('<main'))
        expect(main, `/${slug}/${doc.id}`).not.toContain('ไม่ใช่')
        expect(main, `/${slug}/${doc.id}`).not.toContain('ประกาศว่าไม่มี')
        checked++
      }
    }
    expect(checked).toBeGreaterThan(10)
  })
})

describe('the organisation page', () => {
  it('has no raw coordinates, links to the map, and shows the structure charts as pictures', async () => {
    const [org] = await publicDocs(PROFILE_SLUG)
    expect(org).toBeDefined()
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${baseURL}/${PROFILE_SLUG}/${org!.id}`)
      const text = await page.locator('main').innerText()
      expect(text).not.toContain('ละติจูด')
      expect(text).not.toContain('ลองจิจูด')
      expect(await page.locator('main a[href*="maps"]').count()).toBeGreaterThan(0)
      const chart = page.locator('main img[alt*="แผนผังโครงสร้าง"]')
      expect(await chart.count()).toBeGreaterThanOrEqual(2)
      // Loaded (they are lazy: scrolled to first), not broken pictures.
      for (const img of await chart.all()) {
        await img.scrollIntoViewIfNeeded()
        await expect
          .poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth), {
            timeout: 30_000,
          })
          .toBeGreaterThan(0)
      }
      await page.screenshot({ path: screenshotPath(`site-forms-organisation-${width}.png`), fullPage: true })
    }
  })
})
