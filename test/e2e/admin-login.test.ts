/**
 * The admin in a real browser: Debian Chromium, Thai locale, the built app.
 */
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { launchBrowser, logIn, screenshotPath, thaiContext, visible } from '../helpers/browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('admin login', () => {
  it('the seeded admin logs in and sees the Thai dashboard with the collections', async () => {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await logIn(page, baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)

    // The dashboard's collection cards (rendered through the import map), with our Thai labels.
    expect(await visible(page.locator('#card-divisions'))).toBe(true)
    expect(await page.locator('#card-divisions .card__title').textContent()).toBe('ส่วนราชการ')
    expect(await page.locator('#card-media .card__title').textContent()).toBe('ไฟล์รูปภาพและเอกสาร')
    expect(await visible(page.getByRole('heading', { name: 'ตั้งค่าหน่วยงาน' }))).toBe(true)
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    await page.screenshot({ path: screenshotPath('admin-dashboard.png'), fullPage: true })

    // The seeded divisions are there.
    await page.goto(`${baseURL}/admin/collections/divisions`)
    expect(await visible(page.getByText('กองการเจ้าหน้าที่').first())).toBe(true)
    await page.screenshot({ path: screenshotPath('admin-divisions.png'), fullPage: true })
    await context.close()
  })

  it('an English browser still gets the Thai admin by default', async () => {
    const context = await thaiContext(browser, 'en-US')
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    expect(await visible(page.locator('button[type="submit"]'))).toBe(true)
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    const cookies = await context.cookies()
    expect(cookies.find((c) => c.name === 'payload-lng')?.value).toBe('th')
    await page.screenshot({ path: screenshotPath('admin-login.png') })
    await context.close()
  })
})
