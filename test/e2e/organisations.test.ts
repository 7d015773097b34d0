/**
 * Two organisations on one deployment, in a real browser (the demo: the อบจ. on 127.0.0.1,
 * the เทศบาล on sabaidee.localhost, which Chromium sends to this computer): each site shows
 * its own organisation; each organisation's editor sees only its own documents; the
 * platform administrator has the organisation selector; the overseer has the view across both.
 */
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_MUNICIPALITY, DEMO_OVERSEER, MUNICIPALITY_DRAFT, MUNICIPALITY_STAFF } from '../../seed/data/municipality'
import { DEFAULT_ADMIN, DEMO_ORGANISATION } from '../../seed/data/organisation'
import { signedInApi } from '../helpers/api'
import { launchBrowser, logIn, screenshotPath, thaiContext, visible } from '../helpers/browser'

const baseURL = inject('baseURL')
const secondSite = baseURL.replace('127.0.0.1', DEMO_MUNICIPALITY.domains[0].host)
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('two organisations', () => {
  it("each host shows its own organisation's site", async () => {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL}/`)
    expect(await page.locator('.site-header').textContent()).toContain(DEMO_ORGANISATION.nameTh)
    await page.goto(`${secondSite}/`)
    const header = await page.locator('.site-header').textContent()
    expect(header).toContain(DEMO_MUNICIPALITY.name)
    expect(header).not.toContain(DEMO_ORGANISATION.nameTh)
    await page.screenshot({ path: screenshotPath('second-organisation-site.png'), fullPage: true })
    // Its news list has none of the อบจ.'s (it has published nothing).
    await page.goto(`${secondSite}/news`)
    expect(await page.locator('main').textContent()).not.toContain('อบจ.สุขใจ')
    await context.close()
  })

  it("the second organisation's editor sees its own draft and nothing of the first's", async () => {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await logIn(page, baseURL, MUNICIPALITY_STAFF[0].email, DEFAULT_ADMIN.password)
    await page.goto(`${baseURL}/admin/collections/news`)
    await page.locator('table tbody tr').first().waitFor()
    const rows = await page.locator('table tbody tr').allTextContents()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain(MUNICIPALITY_DRAFT.title.slice(0, 20))
    // No organisation selector: one organisation.
    expect(await page.locator('.tenant-selector').count()).toBe(0)
    await page.screenshot({ path: screenshotPath('second-organisation-editor-news.png'), fullPage: true })
    await context.close()
  })

  it('the platform administrator chooses the organisation in the selector', async () => {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await logIn(page, baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    // The plugin's selector, in the navigation (the second organisation's editor has none, above).
    await page.locator('.tenant-selector').first().waitFor({ state: 'attached' })
    expect(await page.locator('.tenant-selector').count()).toBeGreaterThan(0)
    expect(await visible(page.locator('#card-tenants'))).toBe(true)
    await page.screenshot({ path: screenshotPath('platform-admin-dashboard.png'), fullPage: true })
    await context.close()
  })
})

describe('the view across organisations', () => {
  it("the overseer's view lists both organisations, filters by kind, and opens one's status read-only", async () => {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await logIn(page, baseURL, DEMO_OVERSEER.email, DEFAULT_ADMIN.password)
    // The navigation offers it to a reader of several organisations.
    await page.goto(`${baseURL}/admin`)
    await page.locator('a.nav__link[href$="/oit-overview"]').first().waitFor({ state: 'attached' })
    await page.goto(`${baseURL}/admin/oit-overview?year=2566`)
    await page.locator('.oit-overview-table').waitFor()
    const names = await page.locator('.oit-overview-row th a').allTextContents()
    expect(names.sort()).toEqual([DEMO_ORGANISATION.nameTh, DEMO_MUNICIPALITY.name].sort())
    expect(await page.locator('.oit-overview-missing li').count()).toBeGreaterThan(0)
    await page.screenshot({ path: screenshotPath('overseer-overview.png'), fullPage: true })
    // Filtered to one kind of local government: the เทศบาล alone.
    await page.selectOption('#oit-facet-kind', DEMO_MUNICIPALITY.kind)
    await page.locator('.oit-overview-filter button[type=submit]').click()
    await page.waitForURL(/kind=/)
    expect(await page.locator('.oit-overview-row th a').allTextContents()).toEqual([DEMO_MUNICIPALITY.name])
    // Its status, opened from the row: the เทศบาล's, with nothing complete.
    await page.locator('.oit-overview-row th a').first().click()
    await page.waitForURL(/oit-status\?year=2566&organisation=/)
    await page.locator('.oit-status-summary').waitFor()
    expect(await page.locator('.oit-status-summary strong').textContent()).toMatch(/^0\//)
    // Named, and kept by the year links.
    expect(await page.locator('.oit-status-organisation').textContent()).toBe(DEMO_MUNICIPALITY.name)
    expect(await page.locator('nav a[href*="year=2569"]').first().getAttribute('href')).toContain('organisation=')
    await context.close()
  })

  it("an organisation's editor is not offered the view", async () => {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await logIn(page, baseURL, MUNICIPALITY_STAFF[0].email, DEFAULT_ADMIN.password)
    await page.goto(`${baseURL}/admin`)
    await page.locator('a.nav__link[href$="/oit-status"]').first().waitFor({ state: 'attached' })
    expect(await page.locator('a.nav__link[href$="/oit-overview"]').count()).toBe(0)
    await context.close()
  })
})

describe("the dashboard's incomplete items", () => {
  it('follow the organisation chosen in the selector', async () => {
    const context = await thaiContext(browser)
    const page = await context.newPage()
    await logIn(page, baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    const api = await signedInApi(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    const tenants = (await api('/tenants?limit=10&depth=0&sort=createdAt')).body
    const first = tenants.docs[0].id
    const second = tenants.docs.find((t: { slug: string }) => t.slug === DEMO_MUNICIPALITY.slug).id
    const draft = page.locator('.my-incomplete-items').getByText(MUNICIPALITY_DRAFT.title.slice(0, 20))
    // The organisation the selector keeps (the plugin's cookie): the second's draft is listed under it only.
    await context.addCookies([{ name: 'payload-tenant', value: String(second), url: baseURL }])
    await page.goto(`${baseURL}/admin`)
    await page.locator('.my-incomplete-items').waitFor()
    expect(await draft.count()).toBe(1)
    await context.addCookies([{ name: 'payload-tenant', value: String(first), url: baseURL }])
    await page.goto(`${baseURL}/admin`)
    await page.locator('.my-incomplete-items').waitFor()
    expect(await draft.count()).toBe(0)
    await context.close()
  })
})
