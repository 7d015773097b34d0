/**
 * The pages' Content-Security-Policy (src/security/contentSecurityPolicy.ts) and the proxy
 * that sends it (src/proxy.ts), called directly. The browser side (no violation while the
 * admin and the site are used) is test/e2e/security-headers.test.ts.
 */
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '../../src/proxy'
import { contentSecurityPolicy, newNonce } from '../../src/security/contentSecurityPolicy'

/** `{ directive: sources }` of a policy. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/)
      return [name!, sources]
    }),
  )
}

describe('the pages’ Content-Security-Policy', () => {
  it('production: scripts only from this origin or with the nonce, no eval; no plugins; framed only by this origin', () => {
    const d = directives(contentSecurityPolicy({ nonce: 'abc123' }))
    expect(d['script-src']).toEqual(["'self'", "'nonce-abc123'"])
    expect(d['object-src']).toEqual(["'none'"])
    expect(d['frame-ancestors']).toEqual(["'self'"])
    expect(d['base-uri']).toEqual(["'self'"])
    expect(d['form-action']).toEqual(["'self'"])
    expect(d['default-src']).toEqual(["'self'"])
    // A nonce in style-src would make browsers ignore 'unsafe-inline', which the admin needs.
    expect(d['style-src']!.some((s) => s.startsWith("'nonce-"))).toBe(false)
    expect(Object.values(d).flat()).not.toContain("'unsafe-eval'")
    expect(Object.values(d).flat()).not.toContain('*')
  })

  it('development adds eval (React’s error stacks) and the HMR socket, nothing else', () => {
    const prod = directives(contentSecurityPolicy({ nonce: 'n' }))
    const dev = directives(contentSecurityPolicy({ nonce: 'n', development: true }))
    expect(dev['script-src']).toEqual([...prod['script-src']!, "'unsafe-eval'"])
    expect(dev['connect-src']).toEqual([...prod['connect-src']!, 'ws:', 'wss:'])
    expect({ ...dev, 'script-src': [], 'connect-src': [] }).toEqual({ ...prod, 'script-src': [], 'connect-src': [] })
  })

  it('a nonce is 128 random bits in base64, new each time', () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce))
    expect(nonces.size).toBe(200)
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })
})

describe('the proxy', () => {
  const call = (path: string, cookie?: string) =>
    proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers: cookie ? { cookie } : {} }))

  it('sends the policy with a new nonce on every page, and hands the same policy to Next.js to nonce its scripts', () => {
    const a = call('/')
    const b = call('/admin/login')
    const policy = a.headers.get('content-security-policy')!
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/)
    expect(b.headers.get('content-security-policy')).not.toBe(policy)
    // NextResponse.next({ request: { headers } }) forwards request headers this way.
    expect(a.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
  })

  it('gives the admin Thai by default, keeps a chosen language, and leaves the site’s cookies alone', () => {
    expect(call('/admin').cookies.get('payload-lng')?.value).toBe('th')
    expect(call('/admin/collections/news').cookies.get('payload-lng')?.value).toBe('th')
    expect(call('/admin', 'payload-lng=en').cookies.get('payload-lng')).toBeUndefined()
    expect(call('/').cookies.get('payload-lng')).toBeUndefined()
    expect(call('/administrator').cookies.get('payload-lng')).toBeUndefined()
  })

  it('runs on pages, not on the API or static files', () => {
    const matcher = new RegExp(`^${config.matcher[0]!.replace('/(', '/(?:')}$`)
    for (const page of ['/', '/admin', '/admin/login', '/oit/2566', '/news/1', '/sitemap.xml']) {
      expect(matcher.test(page), page).toBe(true)
    }
    for (const other of ['/api/news', '/api/media/file/a.png', '/_next/static/chunks/a.js', '/_next/image', '/favicon.ico']) {
      expect(matcher.test(other), other).toBe(false)
    }
  })
})
