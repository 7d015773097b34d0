/**
 * The public site over the demo อบจ., as a visitor and an assessor meet it: the OIT index
 * of 2566 and every item page, each category and a document of each, a document taken
 * back to draft leaving its pages without a restart, axe-core in the page, no client
 * JavaScript needed, and screenshots at phone and desktop widths.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { ItemStatus, YearStatus } from '@prongsai/oit/types'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { adminSession, launchBrowser, screenshotPath } from '../helpers/browser'
import { type ApiCall, signedInApi } from '../helpers/api'

const baseURL = inject('baseURL')
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let browser: Browser
let page: Page
let api: ApiCall

async function html(path: string) {
  const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
  return { status: res.status, text: await res.text() }
}

/** The hrefs of links inside the first element with this class. */
function linksIn(text: string, className: string): string[] {
  const start = text.indexOf(`class="${className}"`)
  if (start < 0) return []
  const end = text.indexOf('</ul>', start)
  return [...text.slice(start, end).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)
}

function h1(text: string): string {
  return (text.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/<!-- -->/g, '')
    .trim()
}

beforeAll(async () => {
  api = await signedInApi(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  browser = await launchBrowser()
  const context = await browser.newContext({
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1366, height: 900 },
  })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('the OIT index and the item pages', () => {
  it('the ITAS sheet\'s click path is the one the site shows: followed link by link from the home page, for every year', async () => {
    // Every year the site offers (its own year links).
    await page.goto(`${baseURL}/oit/2566`)
    const years = (await page.locator('.year-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      .map((href) => Number(href.split('/').at(-1)))
    expect(years.length).toBeGreaterThan(1)
    for (const year of years) {
      const sheet = (await api(`/oit/${year}/export?format=json`)).body.rows as { code: string; answer: string; explanation: string }[]
      const row = sheet.find((r) => r.answer === 'มี')!
      const path = row.explanation.split('\n')[0]!
      expect(path.startsWith('เมนู '), path).toBe(true)
      await page.goto(`${baseURL}/`)
      for (const step of path.slice('เมนู '.length).split(' > ')) {
        const before = page.url()
        await page.locator('main a, .site-nav a').filter({ hasText: step }).first().click()
        // A link to the page already shown (the year in force) does not navigate.
        await page.waitForURL((url) => url.toString() !== before, { timeout: 5_000 }).catch(() => undefined)
      }
      await page.waitForURL((url) => url.pathname === `/oit/${year}/${row.code}`, { timeout: 10_000 })
      expect(new URL(page.url()).pathname).toBe(`/oit/${year}/${row.code}`)
      // And the breadcrumbs say the same steps.
      const crumbs = await page.locator('.breadcrumbs li').allInnerTexts()
      expect(crumbs.slice(1).map((c) => c.replace(/^›\s*/, '').trim())).toEqual(path.slice('เมนู '.length).split(' > '))
    }
  })

  it('the index of 2566 lists all 43 items by indicator; every item page answers, and a complete item lists documents', async () => {
    const status = (await api('/oit/2566/status')).body as YearStatus
    await page.goto(`${baseURL}/oit/2566`)
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    const links = page.locator('.items a')
    expect(await links.count()).toBe(43)
    expect(await page.locator('h2').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ตัวชี้วัดที่ 9\.1/)]),
    )
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    expect(hrefs).toEqual(status.items.map((i) => `/oit/2566/${i.code}`))
    for (const item of status.items as ItemStatus[]) {
      const res = await html(`/oit/2566/${item.code}`)
      expect(res.status, item.code).toBe(200)
      expect(h1(res.text)).toContain(item.code)
      const docs = linksIn(res.text, 'documents')
      if (item.status === 'complete' || item.status === 'declared-none') {
        expect(docs.length, `${item.code} is ${item.status} but its page lists nothing`).toBeGreaterThan(0)
        // The page the ITAS sheet names for each document is the one linked here.
        for (const doc of item.documents) expect(docs).toContain(new URL(doc.url!).pathname)
        const first = await html(docs[0]!)
        expect(first.status, docs[0]).toBe(200)
      }
    }
  })

  it('an unknown or malformed year, item or category is a 404 page, not an error', async () => {
    for (const path of [
      '/oit/2500',
      '/oit/abc',
      '/oit/2566/o99',
      '/no-such-kind',
      '/users',
      '/divisions',
      '/news/999999',
      '/news/1%27or%271',
      '/news/1/more',
      '/oit/2566/o1/more',
      '/reports?page=999',
    ]) {
      const res = await html(path)
      expect(res.status, path).toBe(404)
      expect(res.text).toContain('ไม่พบหน้าที่ต้องการ')
    }
    expect((await html('/oit')).status).toBe(307)
  })
})

describe('categories and documents', () => {
  it('each category page renders and one document page of each renders', async () => {
    const status = (await api('/oit/2566/status')).body as YearStatus
    const slugs = [...new Set(status.items.map((i) => i.collection))]
    expect(slugs.length).toBeGreaterThanOrEqual(14)
    for (const slug of slugs) {
      const list = await html(`/${slug}`)
      expect(list.status, slug).toBe(200)
      expect(h1(list.text), slug).not.toBe('')
      // Executives have their own page with photos; every other category is a list.
      const docs = linksIn(list.text, slug === 'executives' ? 'cards' : 'documents')
      expect(docs.length, `${slug} lists no document`).toBeGreaterThan(0)
      const doc = await html(docs[0]!)
      expect(doc.status, docs[0]).toBe(200)
      expect(doc.text, docs[0]).toContain('ปรับปรุงเมื่อ')
      expect(doc.text).toMatch(/property="og:title"/)
    }
  })

  it('filters by fiscal year and kind, with a plain form and no client JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'th-TH' })
    const noJs = await context.newPage()
    await noJs.goto(`${baseURL}/reports`)
    await noJs.locator('select[name="fiscalYear"]').selectOption('2566')
    await noJs.locator('select[name="kind"]').selectOption('progress-6m')
    await noJs.getByRole('button', { name: 'แสดง' }).click()
    await noJs.waitForURL(/fiscalYear=2566/)
    const titles = await noJs.locator('.documents a').allInnerTexts()
    expect(titles.length).toBeGreaterThan(0)
    for (const meta of await noJs.locator('.documents .doc-meta').allInnerTexts())
      expect(meta).toContain('ปีงบประมาณ 2566')
    await noJs.goto(`${baseURL}/oit/2566`)
    expect(await noJs.locator('.items a').count()).toBe(43)
    await context.close()
  })

  it('a document page shows its files with size and type, and Buddhist-era dates', async () => {
    const { docs } = (await api('/plans?where[kind][equals]=development&limit=1&depth=0')).body
    await page.goto(`${baseURL}/plans/${docs[0].id}`)
    expect(await page.locator('time').first().innerText()).toMatch(/25\d\d$/)
    const download = page.locator('a.download').first()
    expect(await download.innerText()).toMatch(/\(PDF, \d+(\.\d)? (B|KB|MB)\)/)
    const href = await download.getAttribute('href')
    const file = await fetch(new URL(href!, baseURL))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('application/pdf')
  })

  it('search finds published documents by words of their title', async () => {
    await page.goto(`${baseURL}/search?q=${encodeURIComponent('แผนพัฒนา')}`)
    expect(await page.locator('.documents a').count()).toBeGreaterThan(0)
  })

  it('sitemap.xml, robots.txt and Open Graph tags', async () => {
    const sitemap = await html('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.text).toContain('/oit/2566/o1</loc>')
    const robots = await html('/robots.txt')
    expect(robots.text).toMatch(/Disallow: \/admin/)
    expect(robots.text).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })
})

describe('fresh after a change', () => {
  it('a news item taken back to draft leaves its page and the list without a restart, and returns when published', async () => {
    const { docs } = (await api('/news?limit=1&sort=-date&depth=0&where[_status][equals]=published')).body
    const news = docs[0]
    expect((await html(`/news/${news.id}`)).status).toBe(200)
    expect((await html('/news')).text).toContain(news.title)
    expect((await html('/')).text).toContain(news.title)

    const setStatus = (status: string) =>
      api(`/news/${news.id}`, { method: 'PATCH', body: JSON.stringify({ _status: status }) })
    expect((await setStatus('draft')).status).toBe(200)
    try {
      expect((await html(`/news/${news.id}`)).status).toBe(404)
      expect((await html('/news')).text).not.toContain(news.title)
      expect((await html('/')).text).not.toContain(news.title)
    } finally {
      // Published again whatever happened: later tests read the demo as it was.
      expect((await setStatus('published')).status).toBe(200)
    }
    expect((await html(`/news/${news.id}`)).status).toBe(200)
    expect((await html('/news')).text).toContain(news.title)
  })

  it('a news item unpublished in the admin (the ⋯ menu, หยุดเผยแพร่) leaves its page at once', async () => {
    const { docs } = (await api('/news?limit=1&sort=date&depth=0&where[_status][equals]=published')).body
    const news = docs[0]
    expect((await html(`/news/${news.id}`)).status).toBe(200)
    const session = await adminSession(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
    try {
      const admin = session.page
      await admin.goto(`${baseURL}/admin/collections/news/${news.id}`)
      await admin.locator('.doc-controls__dots').click()
      await admin.locator('#action-unpublish').click()
      await admin.locator('#confirm-action').click()
      await admin
        .getByText('หยุดการเผยแพร่', { exact: false })
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(() => {})
      // The request has returned once the status says draft; the page is gone on the next visit.
      let status = 0
      for (let i = 0; i < 40 && status !== 404; i++) {
        status = (await html(`/news/${news.id}`)).status
        if (status !== 404) await new Promise((r) => setTimeout(r, 250))
      }
      expect(status).toBe(404)
      expect((await html('/news')).text).not.toContain(news.title)
    } finally {
      await session.close()
      await api(`/news/${news.id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })
    }
  })

  it('a draft saved over a published document changes nothing on the site until it is published', async () => {
    const { docs } = (await api('/news?limit=1&sort=-date&depth=0&where[_status][equals]=published')).body
    const news = docs[0]
    const draftTitle = `${news.title} (ฉบับร่างที่ยังไม่เผยแพร่)`
    const saved = await api(`/news/${news.id}?draft=true`, {
      method: 'PATCH',
      body: JSON.stringify({ title: draftTitle, _status: 'draft' }),
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    try {
      const page = await html(`/news/${news.id}`)
      expect(page.status).toBe(200)
      expect(page.text).toContain(news.title)
      expect(page.text).not.toContain(draftTitle)
      expect((await html(`/search?q=${encodeURIComponent('ฉบับร่างที่ยังไม่เผยแพร่')}`)).text).not.toContain(draftTitle)
    } finally {
      // The latest version is the published title again, for the tests after this one.
      const back = { title: news.title, _status: 'published' }
      expect((await api(`/news/${news.id}`, { method: 'PATCH', body: JSON.stringify(back) })).status).toBe(200)
    }
  })

  it('a new document shows at once; deleted, it leaves at once', async () => {
    const title = 'ข้อบัญญัติทดสอบความสดของหน้าเว็บ'
    expect((await html('/laws')).text).not.toContain(title)
    const created = await api('/laws', {
      method: 'POST',
      body: JSON.stringify({ title, kind: 'ordinance', summary: 'สาระสำคัญโดยย่อ', _status: 'published' }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect((await html(`/laws/${id}`)).status).toBe(200)
    expect((await html('/laws')).text).toContain(title)
    expect((await html(`/search?q=${encodeURIComponent('ความสดของหน้า')}`)).text).toContain(title)
    expect((await api(`/laws/${id}`, { method: 'DELETE' })).status).toBe(200)
    expect((await html(`/laws/${id}`)).status).toBe(404)
    expect((await html('/laws')).text).not.toContain(title)
  })
})

describe('the organisation’s choices', () => {
  it('Thai digits, chosen in the profile, show on the next visit; Arabic digits when unticked', async () => {
    // The demo's first organisation's profile: its site is the one on 127.0.0.1.
    const { docs } = (await api('/organisations?limit=1&depth=0&sort=createdAt')).body
    const id = docs[0].id
    expect(h1((await html('/oit/2566')).text)).toContain('2566')
    const tick = async (thaiDigits: boolean) =>
      expect(
        (await api(`/organisations/${id}`, { method: 'PATCH', body: JSON.stringify({ website: { thaiDigits } }) }))
          .status,
      ).toBe(200)
    await tick(true)
    try {
      expect(h1((await html('/oit/2566')).text)).toContain('๒๕๖๖')
      // React separates text parts with <!-- --> in server HTML.
      expect((await html('/reports')).text.replaceAll('<!-- -->', '')).toMatch(/ปรับปรุงเมื่อ [๐-๙]+ \S+ [๐-๙]{4}/)
    } finally {
      await tick(false)
    }
    expect(h1((await html('/oit/2566')).text)).toContain('2566')
  })
})

describe('accessible and Thai', () => {
  const pages = async () => {
    const { docs } = (await api('/reports?limit=1&depth=0&where[_status][equals]=published')).body
    return {
      home: '/',
      'oit-index': '/oit/2566',
      'oit-item': '/oit/2566/o2',
      category: '/reports',
      document: `/reports/${docs[0].id}`,
    }
  }

  it('axe-core finds no serious or critical violation on home, index, item, category and document pages', async () => {
    for (const [name, path] of Object.entries(await pages())) {
      await page.goto(`${baseURL}${path}`)
      // Evaluated through the DevTools protocol: an injected inline <script> is refused by the
      // site's Content-Security-Policy, as any script without the page's nonce must be.
      await page.evaluate(AXE_SOURCE)
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: unknown,
                o: unknown,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>
            }
          }
        ).axe
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        })
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }))
      })
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious, `${name} ${path}: ${JSON.stringify(serious)}`).toEqual([])
      // Moderate and minor ones (heading order, landmarks) are held to nothing as well.
      expect(violations, `${name} ${path}: ${JSON.stringify(violations)}`).toEqual([])
    }
  })

  it('the Thai web font is served by the app and used; screenshots at phone and desktop widths', async () => {
    const external: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) external.push(r.url())
    })
    for (const [name, path] of Object.entries(await pages())) {
      for (const [width, height, label] of [
        [390, 844, 'phone'],
        [1366, 900, 'desktop'],
      ] as const) {
        await page.setViewportSize({ width, height })
        await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' })
        await page.screenshot({ path: screenshotPath(`site-${name}-${label}.png`), fullPage: label === 'phone' })
      }
      // Sarabun is what the page asks for, and its files came from this app, not from the machine.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Sarabun/)
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready
        return performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /\.woff2(\?|$)/.test(n))
      })
      expect(fonts.length, path).toBeGreaterThan(0)
      for (const font of fonts) expect(font.startsWith(`${baseURL}/_next/static/`)).toBe(true)
    }
    expect(external).toEqual([])
  })
})
