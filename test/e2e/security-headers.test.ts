/**
 * Security headers of the built app, and the admin and the site working under them in
 * Chromium: the pages' Content-Security-Policy with a nonce on every script (src/proxy.ts),
 * nosniff / X-Frame-Options / Referrer-Policy on every answer (next.config.mjs), uploaded
 * files sandboxed and never kept by a shared cache (src/security/fileResponseHeaders.ts);
 * no CSP violation while signing in, editing a document and reading the site; another
 * site cannot frame us; images and PDFs still open; and `/_next/image` serves no copy of a
 * file, before or after the file stops being public (issue 17, items 14 and 17).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { imageBuffer } from '../../seed/files'
import { FILE_RESPONSE_HEADERS } from '../../src/security/fileResponseHeaders'
import { type ApiCall, signedInApi } from '../helpers/api'
import { launchBrowser, logIn, screenshotPath, thaiContext, visible } from '../helpers/browser'

const baseURL = inject('baseURL')
let api: ApiCall
let browser: Browser

interface MediaDoc {
  url: string
  filename: string
  mimeType: string
  sizes?: Record<string, { url?: string | null }>
}

/** A published news item with its cover image, and a published law with its PDF. */
let news: { id: number; coverImage: MediaDoc }
let law: { id: number; document: MediaDoc }

beforeAll(async () => {
  api = await signedInApi(baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  news = (await api('/news?limit=1&sort=date&depth=1&where[_status][equals]=published&where[coverImage][exists]=true'))
    .body.docs[0]
  law = (await api('/laws?limit=1&depth=1&where[_status][equals]=published&where[document][exists]=true')).body
    .docs[0]
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** `{ directive: sources }` of a policy. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '').split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/)
      return [name!, sources]
    }),
  )
}

function expectCommonHeaders(res: Response, what: string) {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(res.headers.get('x-frame-options'), what).toBe('SAMEORIGIN')
  expect(res.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin')
  expect(res.headers.get('x-powered-by'), what).toBeNull()
}

describe('headers', () => {
  const pages = () => ['/admin/login', '/', '/oit/2566', `/news/${news.id}`, `/laws/${law.id}`, '/no-such-page']

  it('every page, the admin’s and the site’s, has the policy, and each of its scripts the nonce', async () => {
    for (const path of pages()) {
      const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
      expect([200, 404], path).toContain(res.status)
      expectCommonHeaders(res, path)
      const policy = res.headers.get('content-security-policy')
      const d = directives(policy)
      expect(d['frame-ancestors'], path).toEqual(["'self'"])
      expect(d['object-src'], path).toEqual(["'none'"])
      expect(d['script-src'], path).not.toContain("'unsafe-eval'")
      expect(d['script-src'], path).not.toContain("'unsafe-inline'")
      const nonce = d['script-src']!.find((s) => s.startsWith("'nonce-"))!.slice(7, -1)
      const html = await res.text()
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.length, path).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`)
      // A new nonce per answer.
      const again = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
      expect(again.headers.get('content-security-policy'), path).not.toBe(policy)
    }
  })

  it('uploaded files: nosniff, a sandbox policy, no shared caching; the API and static files: nosniff', async () => {
    const files = [news.coverImage, law.document]
    const urls = files.flatMap((f) => [f.url, ...Object.values(f.sizes ?? {}).flatMap((s) => (s?.url ? [s.url] : []))])
    expect(urls.length).toBeGreaterThan(2)
    for (const url of urls) {
      const res = await fetch(new URL(url, baseURL))
      expect(res.status, url).toBe(200)
      expectCommonHeaders(res, url)
      for (const [name, value] of Object.entries(FILE_RESPONSE_HEADERS)) expect(res.headers.get(name), url).toBe(value)
      await res.arrayBuffer()
    }
    const json = await fetch(`${baseURL}/api/news?limit=1`)
    expectCommonHeaders(json, '/api/news')
    const home = await (await fetch(baseURL)).text()
    const chunk = home.match(/src="(\/_next\/static\/[^"]+\.js)"/)![1]!
    const js = await fetch(new URL(chunk, baseURL))
    expect(js.status).toBe(200)
    expectCommonHeaders(js, chunk)
  })
})

describe('the image optimizer keeps no copy of a file (item 14)', () => {
  it('/_next/image serves no file, neither while it is public nor after it stops being public', async () => {
    const image = news.coverImage
    // The optimizer takes a path on this site (an absolute URL would be refused with a 400 anyway).
    const urls = [image.url, ...Object.values(image.sizes ?? {}).flatMap((s) => (s?.url ? [s.url] : []))].map(
      (url) => new URL(url, baseURL).pathname,
    )
    const optimized = (url: string, w: number) => `${baseURL}/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=75`
    const fetchAll = async () =>
      Promise.all(
        urls.flatMap((url) =>
          [640, 1200].map(async (w) => {
            const res = await fetch(optimized(url, w))
            await res.arrayBuffer()
            return { url, w, status: res.status, type: res.headers.get('content-type') }
          }),
        ),
      )
    // While the file is public: an optimizer that ran would fetch it now and keep a copy.
    expect((await fetch(new URL(image.url, baseURL))).status).toBe(200)
    const whilePublic = await fetchAll()

    const setStatus = (status: string) =>
      api(`/news/${news.id}`, { method: 'PATCH', body: JSON.stringify({ _status: status }) })
    expect((await setStatus('draft')).status).toBe(200)
    try {
      // No longer public: the file route refuses a visitor, and so does every other path to it.
      for (const url of urls) expect([403, 404], url).toContain((await fetch(new URL(url, baseURL))).status)
      for (const r of await fetchAll()) {
        expect(r.status, `${r.url} w=${r.w} (no longer public)`).not.toBe(200)
        expect(r.type ?? '', `${r.url} w=${r.w}`).not.toMatch(/^image\//)
      }
    } finally {
      expect((await setStatus('published')).status).toBe(200)
    }
    // And it never ran: the site shows the sizes sharp made, from the file route.
    for (const r of whilePublic) expect(r.status, `${r.url} w=${r.w} (public)`).toBe(404)
  })
})

describe('in Chromium', () => {
  interface Violation {
    page: string
    directive?: string
    blocked?: string
    source?: string
    sample?: string
  }

  /** A Thai context that records every CSP violation (event and console message) and page error. */
  async function watchedContext(): Promise<{ context: BrowserContext; violations: Violation[]; errors: string[] }> {
    const context = await thaiContext(browser)
    const violations: Violation[] = []
    const errors: string[] = []
    await context.exposeBinding('__reportViolation', ({ frame }, v: Omit<Violation, 'page'>) =>
      violations.push({ page: frame.url(), ...v }),
    )
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportViolation: (v: object) => void }).__reportViolation
        report({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample })
      })
    })
    context.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push({ page: m.page()?.url() ?? '', sample: m.text() })
    })
    context.on('weberror', (e) => errors.push(String(e.error())))
    return { context, violations, errors }
  }

  async function settle(page: Page) {
    await page.waitForLoadState('networkidle')
  }

  it('no CSP violation while signing in to the admin, editing a document, and reading the site', async () => {
    const { context, violations, errors } = await watchedContext()
    const page = await context.newPage()
    try {
      await logIn(page, baseURL, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
      await settle(page)
      await page.screenshot({ path: screenshotPath('csp-admin-dashboard.png'), fullPage: true })

      // A document's edit view, reached by a client-side navigation from its list: upload field
      // with its thumbnail, rich text, date picker, workflow.
      await page.goto(`${baseURL}/admin/collections/news`)
      // Once the list has settled (it rewrites its URL after hydrating, which would replace an earlier click).
      await settle(page)
      // A click the list swallows while it re-renders (seen once in CI: no navigation for 30 s) is made again.
      const editURL = new RegExp(`/admin/collections/news/${news.id}$`)
      for (let tries = 0; tries < 3 && !editURL.test(page.url()); tries++) {
        await page.locator(`table tbody a[href$="/admin/collections/news/${news.id}"]`).first().click()
        await page.waitForURL(editURL, { timeout: 10_000, waitUntil: 'commit' }).catch(() => undefined)
      }
      expect(page.url()).toMatch(editURL)
      expect(await visible(page.locator('#field-title'))).toBe(true)
      expect(await visible(page.locator('.field-type.upload img').first())).toBe(true)
      expect(await visible(page.locator('[data-lexical-editor="true"]').first())).toBe(true)
      await page.locator('[data-lexical-editor="true"]').first().click()
      await settle(page)
      await page.screenshot({ path: screenshotPath('csp-admin-news-edit.png'), fullPage: true })

      // The file list with its thumbnails (each loaded by a script, then shown).
      await page.goto(`${baseURL}/admin/collections/media`)
      await page.locator('table tbody tr').first().waitFor()
      expect(await visible(page.locator('table .thumbnail img').first())).toBe(true)
      await page.locator('table .shimmer-effect').first().waitFor({ state: 'detached', timeout: 15_000 })
      await page.screenshot({ path: screenshotPath('csp-admin-media.png'), fullPage: true })

      // A new file: the preview of the chosen image (a blob: URL) and the image editor.
      await page.goto(`${baseURL}/admin/collections/media/create`)
      await page.locator('input[type="file"]').first().setInputFiles({
        name: 'csp-preview.png',
        mimeType: 'image/png',
        buffer: await imageBuffer(300, 200, '#336699'),
      })
      const preview = page.locator('.file-field__thumbnail-wrap img').first()
      expect(await visible(preview)).toBe(true)
      expect(await preview.getAttribute('src')).toMatch(/^(blob|data):/)
      await page.getByText('แก้ไขรูปภาพ').click()
      expect(await visible(page.locator('.ReactCrop img, .edit-upload img').first())).toBe(true)
      await page.screenshot({ path: screenshotPath('csp-admin-media-create.png') })

      // The site: home, a news item with its image, a law with its PDF.
      for (const [path, name] of [
        ['/', 'csp-site-home.png'],
        [`/news/${news.id}`, 'csp-site-news.png'],
        [`/laws/${law.id}`, 'csp-site-law.png'],
      ] as const) {
        const res = await page.goto(`${baseURL}${path}`)
        expect(res?.status(), path).toBe(200)
        await settle(page)
        await page.screenshot({ path: screenshotPath(name), fullPage: true })
      }
      await page.goto(`${baseURL}/news/${news.id}`)
      const img = page.locator('img.media-image').first()
      expect(await visible(img)).toBe(true)
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
    } finally {
      await context.close()
    }
    expect(violations).toEqual([])
    expect(errors).toEqual([])
  })

  it('another site cannot show the admin or the site in a frame', async () => {
    const server = http.createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(
        `<!doctype html><title>other site</title>` +
          `<iframe id="admin" src="${baseURL}/admin/login" width="600" height="400"></iframe>` +
          `<iframe id="site" src="${baseURL}/" width="600" height="400"></iframe>`,
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const other = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    const context = await thaiContext(browser)
    const messages: string[] = []
    context.on('console', (m) => messages.push(m.text()))
    try {
      const page = await context.newPage()
      await page.goto(other)
      await page.waitForLoadState('networkidle')
      for (const id of ['admin', 'site']) {
        const frame = await (await page.$(`iframe#${id}`))!.contentFrame()
        expect(frame?.url(), id).not.toMatch(new RegExp(`^${baseURL}`))
      }
      expect(messages.some((m) => m.includes('frame-ancestors'))).toBe(true)
      await page.screenshot({ path: screenshotPath('csp-framed-by-other-site.png') })
    } finally {
      await context.close()
      server.close()
    }
  })

  it('an uploaded image and a PDF still open on their own under the sandbox policy', async () => {
    const context = await thaiContext(browser)
    try {
      const page = await context.newPage()
      const image = await page.goto(new URL(news.coverImage.url, baseURL).href)
      expect(image?.headers()['content-security-policy']).toContain('sandbox')
      const img = page.locator('img').first()
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
      await page.screenshot({ path: screenshotPath('csp-file-image.png') })

      // (Playwright sees the PDF viewer's own document here, not the file's headers: checked above.)
      await page.goto(new URL(law.document.url, baseURL).href)
      // Chromium's PDF viewer (an extension frame) loads inside the sandboxed document.
      let viewer = false
      for (let i = 0; i < 40 && !viewer; i++) {
        viewer = page.frames().some((f) => f.url().startsWith('chrome-extension://'))
        if (!viewer) await page.waitForTimeout(250)
      }
      expect(viewer).toBe(true)
      await page.waitForTimeout(1000)
      await page.screenshot({ path: screenshotPath('csp-file-pdf.png') })
    } finally {
      await context.close()
    }
  })
})
