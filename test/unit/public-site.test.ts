/**
 * The public site's pieces that need no server: links kept to safe schemes, the memory
 * cache expiring by tag and dropping its oldest entries, and `revalidatePlugin` adding
 * its hooks without touching anything else and expiring only after commit.
 */
import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { describe, expect, it, vi } from 'vitest'

import { revalidatePlugin } from '@prongsai/revalidate'
import { fileKind, fileSize, safeHref, siteDate, siteMonth } from '../../src/site/format'

describe('links in published content', () => {
  it.each([
    ['https://www.example.go.th/a', 'https://www.example.go.th/a'],
    ['mailto:saraban@example.go.th', 'mailto:saraban@example.go.th'],
    ['tel:054511234', 'tel:054511234'],
    ['/reports/3', '/reports/3'],
    ['#top', '#top'],
  ])('%s is kept', (href, expected) => expect(safeHref(href)).toBe(expected))

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/x',
    '/\\evil.example/x',
    '/\t/evil.example/x',
    'java\tscript:alert(1)',
    'not a url',
    42,
  ])('%s is refused', (href) => expect(safeHref(href)).toBeUndefined())
})

describe('formats', () => {
  it('dates are Buddhist era on Bangkok’s calendar, Thai digits when chosen', () => {
    expect(siteDate('2022-09-30T17:30:00Z', false)).toBe('1 ตุลาคม 2565')
    expect(siteDate('2022-09-30T17:30:00Z', true)).toBe('๑ ตุลาคม ๒๕๖๕')
    expect(siteMonth('2022-12-31T17:00:00Z', false)).toBe('มกราคม 2566')
    expect(siteDate('nonsense', false)).toBeNull()
  })

  it('file size and kind', () => {
    expect(fileSize(512)).toBe('512 B')
    expect(fileSize(2048)).toBe('2 KB')
    expect(fileSize(3 * 1024 * 1024)).toBe('3.0 MB')
    expect(fileKind('application/pdf')).toBe('PDF')
    expect(fileKind('image/png')).toBe('ภาพ PNG')
  })
})

describe('the memory cache handler', () => {
  // Read once, when the module loads: two entries at most here.
  process.env.SITE_CACHE_MAX_ENTRIES = '2'
  const load = async () => {
    const module = await import('../../src/site/cache-handler.mjs')
    return { cache: new module.default({}), expireSiteTags: module.expireSiteTags as (tags: string[]) => void }
  }

  it('expires entries by tag and keeps the others, in a request or outside one', async () => {
    const { cache, expireSiteTags } = await load()
    await cache.set('a', { kind: 'FETCH', data: 1 }, { tags: ['site:news'] })
    await cache.set('b', { kind: 'FETCH', data: 2 }, { tags: ['site:plans', 'site:media'] })
    expect((await cache.get('a'))?.value).toEqual({ kind: 'FETCH', data: 1 })
    await cache.revalidateTag('site:news')
    expect(await cache.get('a')).toBeNull()
    expect((await cache.get('b'))?.value).toEqual({ kind: 'FETCH', data: 2 })
    expireSiteTags(['site:media'])
    expect(await cache.get('b')).toBeNull()
  })

  it('drops the least recently used beyond its size, and anything older than its revalidate', async () => {
    const { cache } = await load()
    await cache.set('x', { kind: 'FETCH', data: 'x', revalidate: 300 }, { tags: [] })
    await cache.set('y', { kind: 'FETCH', data: 'y', revalidate: 300 }, { tags: [] })
    await cache.get('x')
    await cache.set('z', { kind: 'FETCH', data: 'z', revalidate: 300 }, { tags: [] })
    expect(await cache.get('y')).toBeNull()
    expect(await cache.get('x')).not.toBeNull()
    const now = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(now + 301_000)
    try {
      expect(await cache.get('x')).toBeNull()
    } finally {
      vi.restoreAllMocks()
    }
  })
})

describe('expiring the site from a scheduled job', () => {
  it('outside a Next.js request, expireSite still drops the entries of the collection', async () => {
    const { default: Handler } = await import('../../src/site/cache-handler.mjs')
    const { expireSite } = await import('../../src/site/cache')
    const cache = new Handler({})
    await cache.set('news-list', { kind: 'FETCH', data: 'old list' }, { tags: ['site:news'] })
    await cache.set('plans-list', { kind: 'FETCH', data: 'plans' }, { tags: ['site:plans'] })
    expect(() => expireSite(['site:news'])).not.toThrow()
    expect(await cache.get('news-list')).toBeNull()
    expect(await cache.get('plans-list')).not.toBeNull()
  })
})

describe('revalidatePlugin', () => {
  const collection = (slug: string): CollectionConfig => ({
    slug,
    fields: [{ name: 'title', type: 'text' }],
    hooks: { afterChange: [({ doc }) => doc] },
  })
  const config = { collections: [collection('news'), collection('users')] } as unknown as Config

  it('adds an afterChange and afterDelete hook to the chosen collections only, keeping theirs', () => {
    const out = revalidatePlugin({ collections: ['news'], expire: () => {} })(config)
    const news = out.collections!.find((c) => c.slug === 'news')!
    const users = out.collections!.find((c) => c.slug === 'users')!
    expect(news.hooks?.afterChange).toHaveLength(2)
    expect(news.hooks?.afterDelete).toHaveLength(1)
    expect(users).toBe(config.collections![1])
    expect(revalidatePlugin({ disabled: true })(config)).toBe(config)
  })

  it('expires the collection’s tags only when the transaction commits', async () => {
    const expire = vi.fn()
    let commit: (() => void) | undefined
    const out = revalidatePlugin({
      expire,
      tagsFor: (slug) => [`site:${slug}`],
      afterCommit: (_req, work) => {
        commit = work
      },
    })(config)
    const hook = out.collections![0]!.hooks!.afterChange!.at(-1)!
    const req = { payload: { logger: { debug: () => {} } } } as unknown as PayloadRequest
    await hook({ doc: { id: 1 }, req } as never)
    expect(expire).not.toHaveBeenCalled()
    commit!()
    expect(expire).toHaveBeenCalledWith(['site:news'])
  })

  it('outside a Next.js request (a script) a failing expiry is not an error', async () => {
    const out = revalidatePlugin({
      expire: () => {
        throw new Error('Invariant: static generation store missing')
      },
    })(config)
    const hook = out.collections![0]!.hooks!.afterDelete![0]!
    const req = { payload: { logger: { debug: vi.fn() } } } as unknown as PayloadRequest
    await expect(hook({ doc: { id: 1 }, req, id: 1 } as never)).resolves.toEqual({ id: 1 })
  })
})
