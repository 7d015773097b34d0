import { describe, expect, it } from 'vitest'

import { siteOrigins } from '../../src/security/origins'

const interfaces = {
  lo: [
    { address: '127.0.0.1', family: 'IPv4' },
    { address: '::1', family: 'IPv6' },
  ],
  eth0: [
    { address: '192.168.1.50', family: 'IPv4' },
    { address: 'fe80::1%eth0', family: 'IPv6' },
  ],
} as never

const machine = { interfaces, hostname: 'SARABAN-PC' }

describe('origins that may use the sign-in cookie (csrf) and read API answers (cors)', () => {
  it('production: the origin of NEXT_PUBLIC_SERVER_URL and nothing else', () => {
    expect(
      siteOrigins({ serverUrl: 'https://www.Suk-Jai.go.th/some/path?x=1', isProduction: true, port: 3000, ...machine }),
    ).toEqual(['https://www.suk-jai.go.th'])
  })

  it('production keeps a non-default port of the site address', () => {
    expect(siteOrigins({ serverUrl: 'https://intranet.example.go.th:8443', isProduction: true, port: 3000 })).toEqual([
      'https://intranet.example.go.th:8443',
    ])
  })

  it('production without NEXT_PUBLIC_SERVER_URL: no list (never a guessed localhost)', () => {
    expect(siteOrigins({ serverUrl: undefined, isProduction: true, port: 3000, ...machine })).toEqual([])
  })

  it('development: the site address, localhost and 127.0.0.1, and this machine’s addresses and name, on PORT', () => {
    const origins = siteOrigins({ serverUrl: 'https://www.suk-jai.go.th', isProduction: false, port: 3000, ...machine })
    expect(origins).toEqual(
      expect.arrayContaining([
        'https://www.suk-jai.go.th',
        'http://localhost:3000',
        'http://127.0.0.1:3000',
        'http://[::1]:3000',
        'http://192.168.1.50:3000',
        'http://[fe80::1]:3000',
        'http://saraban-pc:3000',
        'http://saraban-pc.local:3000',
      ]),
    )
    // Exact origins only: no Next.js pattern, no other port, no other host.
    expect(origins.some((origin) => origin.includes('*'))).toBe(false)
    expect(origins).not.toContain('http://localhost:3001')
    expect(origins).not.toContain('http://192.168.1.51:3000')
    expect(new Set(origins).size).toBe(origins.length)
  })

  it('development on port 80 lists the origins as a browser writes them (no :80)', () => {
    const origins = siteOrigins({ serverUrl: undefined, isProduction: false, port: 80, ...machine })
    expect(origins).toContain('http://localhost')
    expect(origins).toContain('http://127.0.0.1')
    expect(origins.some((origin) => origin.endsWith(':80'))).toBe(false)
  })

  it('development without a site address still lists the local origins', () => {
    const origins = siteOrigins({ serverUrl: undefined, isProduction: false, port: 4000, ...machine })
    expect(origins).toContain('http://localhost:4000')
    expect(origins).toContain('http://127.0.0.1:4000')
    expect(origins.every((origin) => origin.startsWith('http://'))).toBe(true)
  })
})
