/**
 * The admin in a real browser: Debian Chromium, Thai locale, the built app.
 */
import type { Browser, Locator } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { launchBrowser, screenshotPath, thaiContext } from '../helpers/browser'

const baseURL = inject('baseURL')

/** Waits for an element to show; fails the test if it does not within 15 s. */
async function visible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 15_000 })
  expect(await locator.isVisible()).toBe(true)
}
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
    await page.goto(`${baseURL}/admin`)
    await page.waitForURL(/\/admin\/login/)
    // Fill the form only once React has hydrated it, or the click submits a plain HTML form.
    await page.waitForLoadState('networkidle')
    await page.locator('input[name="email"]').fill(DEFAULT_ADMIN.email)
    await page.locator('input[name="password"]').fill(DEFAULT_ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin')

    // The dashboard's collection cards (rendered through the import map), with our Thai labels.
    await visible(page.locator('#card-departments'))
    expect(await page.locator('#card-departments .card__title').textContent()).toBe('ส่วนราชการ')
    expect(await page.locator('#card-media .card__title').textContent()).toBe('ไฟล์รูปภาพและเอกสาร')
    await visible(page.getByRole('heading', { name: 'ตั้งค่าหน่วยงาน' }))
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    await page.screenshot({ path: screenshotPath('admin-dashboard.png'), fullPage: true })

    // The seeded divisions are there.
    await page.goto(`${baseURL}/admin/collections/departments`)
    await visible(page.getByText('กองการเจ้าหน้าที่').first())
    await page.screenshot({ path: screenshotPath('admin-departments.png'), fullPage: true })
    await context.close()
  })

  it('an English browser still gets the Thai admin by default', async () => {
    const context = await thaiContext(browser, 'en-US')
    const page = await context.newPage()
    await page.goto(`${baseURL}/admin/login`)
    await visible(page.locator('button[type="submit"]'))
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    const cookies = await context.cookies()
    expect(cookies.find((c) => c.name === 'payload-lng')?.value).toBe('th')
    await page.screenshot({ path: screenshotPath('admin-login.png') })
    await context.close()
  })
})
