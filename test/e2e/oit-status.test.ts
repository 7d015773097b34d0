/**
 * What an assessor would find, in the admin: the status view of ITA 2566 grouped by
 * indicator with a badge per item, the dashboard summary of the year we are in, and the
 * ITAS download links.
 */
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { parseFrameworks, yearInForce } from '@prongsai/oit/utilities'
import { type AdminSession, adminSession, screenshotPath, thaiContext, visible } from '../helpers/browser'
import { frameworkSources } from '../helpers/frameworks'

const baseURL = inject('baseURL')
let session: AdminSession
let page: Page

beforeAll(async () => {
  session = await adminSession(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  page = session.page
})

afterAll(async () => {
  await session?.close()
})

describe('OIT status in the admin', () => {
  it('the dashboard summarises the year we are in (FY 2570: no framework yet, ITA 2569 as a provisional guide)', async () => {
    // The server's own clock: today (7 Dec 2569 when written) is fiscal year 2570.
    const inForce = yearInForce(parseFrameworks(frameworkSources()), new Date())!
    const { year, guideFrom } = inForce.framework
    await page.goto(`${baseURL}/admin`)
    const panel = page.locator('.oit-status-panel')
    expect(await visible(panel)).toBe(true)
    expect(await panel.locator('h2').innerText()).toMatch(
      new RegExp(`^ITA ${year} \\(ชั่วคราว\\): \\d+/${inForce.framework.items.length} ตอบ "มี" ได้$`),
    )
    if (guideFrom) {
      expect(await panel.locator('.oit-year-note').innerText()).toBe(
        `ยังไม่มีเกณฑ์ ITA ${year} — ใช้เกณฑ์ ITA ${guideFrom} (ชั่วคราว) เป็นแนวทางชั่วคราว`,
      )
    }
    await page.screenshot({ path: screenshotPath('oit-status-dashboard.png'), fullPage: true })

    // The status view opens on the same year, says the same, and past due dates read as overdue.
    await panel.getByRole('link', { name: 'ดูสถานะทุกข้อ' }).click()
    await page.waitForURL(new RegExp(`oit-status\\?year=${year}`))
    expect(await visible(page.getByRole('heading', { name: `สถานะการเปิดเผยข้อมูล (OIT) · ITA ${year} (ชั่วคราว)` }))).toBe(true)
    if (guideFrom) expect(await page.locator('.oit-year-note').innerText()).toContain(`ยังไม่มีเกณฑ์ ITA ${year}`)
    // The demo has no สขร.1 of this fiscal year: October's is overdue.
    const monthly = inForce.framework.items.find((i) => i.window === 'monthly-first-half-current-fy')!
    expect((await page.locator(`#item-${monthly.code} .oit-overdue`).innerText()).trim()).toBe('เลยกำหนด')
    await page.screenshot({ path: screenshotPath('oit-status-year-in-force.png'), fullPage: true })
  })

  it('the comparison page maps 2566 onto 2569 (provisional) by category and says what to prepare', async () => {
    await page.goto(`${baseURL}/admin/oit-status?year=2569`)
    await page.locator('.oit-compare-link').click()
    await page.waitForURL(/\/admin\/oit-compare\?from=2566&to=2569/)
    expect(await visible(page.getByRole('heading', { name: /ITA 2566 → ITA 2569/ }))).toBe(true)
    expect(await page.getByText('ชั่วคราว').count()).toBeGreaterThan(0)
    // Every 2569 item appears once in the preparation table.
    expect(await page.locator('.oit-prepare-table tbody tr').count()).toBe(26)
    const rows = page.locator('.oit-compare-table tbody tr')
    expect(await rows.filter({ hasText: 'O25' }).filter({ hasText: 'ita-development-report' }).count()).toBe(1)
    await page.screenshot({ path: screenshotPath('oit-compare.png'), fullPage: true })
  })

  it('the status view lists the 43 items by indicator, each with a status and a link', async () => {
    await page.goto(`${baseURL}/admin/oit-status?year=2566`)
    expect(await visible(page.getByRole('heading', { name: /สถานะการเปิดเผยข้อมูล \(OIT\) · ITA 2566/ }))).toBe(true)
    for (const indicator of ['9.1 ข้อมูลพื้นฐาน', '9.3 การจัดซื้อจัดจ้าง', '10.2']) {
      expect(await page.getByRole('heading', { name: new RegExp(`^${indicator.replace('.', '\\.')}`) }).count()).toBe(1)
    }
    expect(await page.locator('.oit-status-table tbody tr').count()).toBe(43)
    expect(await page.locator('.oit-status-table .oit-status').count()).toBe(43)
    const link = page.locator('#item-o21 a').first()
    expect(await link.getAttribute('href')).toBe('/admin/collections/procurement-monthly-summaries')
    await page.screenshot({ path: screenshotPath('oit-status-view.png'), fullPage: true })
  })

  it('filters by division without JavaScript-only controls', async () => {
    await page.locator('#oit-division').selectOption('finance')
    await page.getByRole('button', { name: 'แสดง' }).click()
    await page.waitForURL(/division=finance/)
    const codes = await page.locator('.oit-status-table tbody tr').evaluateAll((rows) => rows.map((r) => r.id))
    expect(codes).toEqual(expect.arrayContaining(['item-o19', 'item-o20', 'item-o21', 'item-o22']))
    expect(codes.length).toBeLessThan(43)
  })

  it('downloads the ITAS sheet as Excel', async () => {
    // A click on the download link: the browser says it comes from the site itself (CSRF).
    const response = await page.request.get(`${baseURL}/api/oit/2566/export?format=xlsx`, {
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('spreadsheetml')
  })
})
