/**
 * The demo อบจ. in the admin: OIT groups by indicator, seeded documents in their lists,
 * an executive with photo, and the public framework endpoint of the built app.
 */
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { EXECUTIVE_NAMES } from '../../seed/data/oit-demo/util'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { type AdminSession, adminSession, screenshotPath, thaiContext, visible } from '../helpers/browser'

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

describe('OIT content in the admin', () => {
  it('groups the categories by kind of data on the dashboard, with no year’s numbering', async () => {
    for (const group of ['ข้อมูลพื้นฐาน', 'แผนและรายงาน', 'จัดซื้อจัดจ้าง', 'ป้องกันการทุจริต']) {
      expect(await visible(page.getByRole('heading', { name: group, exact: true }))).toBe(true)
    }
    expect(await page.getByRole('heading', { name: /^(9\.\d|10\.\d) / }).count()).toBe(0)
    await page.screenshot({ path: screenshotPath('oit-dashboard.png'), fullPage: true })
  })

  it('lists the seeded plans with their kind and fiscal year', async () => {
    await page.goto(`${baseURL}/admin/collections/plans`)
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThanOrEqual(5)
    expect(await visible(page.getByText('แผนปฏิบัติการป้องกันการทุจริต').first())).toBe(true)
    // The codes an editor may look for come from the frameworks.
    expect(await visible(page.getByText(/ใช้ใน ITA 2569 \(ชั่วคราว\) O5, O6, O23 · ITA 2566 o4/).first())).toBe(true)
    await page.screenshot({ path: screenshotPath('oit-plans-list.png'), fullPage: true })
  })

  it('opens the published top executive with photo and contact', async () => {
    await page.goto(`${baseURL}/admin/collections/executives`)
    // Once the list has settled: it rewrites its own URL (?limit=…) after hydrating, and a
    // navigation started before that is replaced by it (seen ~1 in 2 under load).
    await page.waitForLoadState('networkidle')
    await page.getByRole('link', { name: EXECUTIVE_NAMES.mayor }).click()
    await page.waitForURL(/\/admin\/collections\/executives\/[^/]+$/)
    expect(await page.locator('#field-name').inputValue()).toBe(EXECUTIVE_NAMES.mayor)
    // The workflow's step in the header says it (Payload's own status line is hidden).
    expect(await visible(page.locator('text=เผยแพร่แล้ว >> visible=true').first())).toBe(true)
    // The photo field shows the uploaded file, not the empty "create new / choose" picker.
    expect(await visible(page.locator('.field-type.upload img').first())).toBe(true)
    expect(await page.locator('#field-contact__phone').inputValue()).not.toBe('')
    await page.screenshot({ path: screenshotPath('oit-executive-edit.png'), fullPage: true })
  })

  it('serves the ITA 2566 framework to anyone', async () => {
    const res = await fetch(`${baseURL}/api/oit/frameworks/2566`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { items: unknown[] }
    expect(body.items).toHaveLength(43)
  })
})
