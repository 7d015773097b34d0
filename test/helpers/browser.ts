/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). The flags
 * keep it off the network: this machine has none, and CI must not try.
 */
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'
import fs from 'node:fs'
import path from 'node:path'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results')

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `ไม่พบ Chromium ที่ ${CHROMIUM_PATH} / Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-tlwg-loma-ttf`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/**
 * A visitor in Thailand with a laptop-sized window. The admin shows dates in the
 * browser's time zone: without Asia/Bangkok (CI runs in UTC), the month "April 2566"
 * stored as Bangkok midnight would show as March.
 */
export function thaiContext(browser: Browser, locale = 'th-TH'): Promise<BrowserContext> {
  return browser.newContext({ locale, timezoneId: 'Asia/Bangkok', viewport: { width: 1366, height: 900 } })
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return path.join(SCREENSHOT_DIR, name)
}

/** Waits for an element to show; throws (failing the test) if it does not within 15 s. */
export async function visible(locator: Locator): Promise<boolean> {
  await locator.waitFor({ state: 'visible', timeout: 15_000 })
  return locator.isVisible()
}

/** Logs in through the admin's own form and waits for the dashboard. */
export async function logIn(page: Page, baseURL: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseURL}/admin`)
  await page.waitForURL(/\/admin\/login/)
  // Fill the form only once React has hydrated it, or the click submits a plain HTML form.
  await page.waitForLoadState('networkidle')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

export interface AdminSession {
  browser: Browser
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}

/** A Thai browser with the demo administrator signed in: the start of most admin tests. */
export async function adminSession(baseURL: string, email: string, password: string): Promise<AdminSession> {
  const browser = await launchBrowser()
  const context = await thaiContext(browser)
  const page = await context.newPage()
  await logIn(page, baseURL, email, password)
  return {
    browser,
    context,
    page,
    close: async () => {
      await context.close()
      await browser.close()
    },
  }
}
