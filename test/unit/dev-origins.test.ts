import { describe, expect, it } from 'vitest'

import { isCsrfOriginAllowed } from 'next/dist/server/app-render/csrf-protection'

import { allowedDevOrigins } from '../../src/lib/devOrigins.mjs'

const interfaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4' }],
  eth0: [
    { address: '192.168.1.50', family: 'IPv4' },
    { address: 'fe80::1%eth0', family: 'IPv6' },
  ],
} as never

describe('origins allowed to load the development admin', () => {
  const allowed = allowedDevOrigins({ interfaces, hostname: 'SARABAN-PC', serverUrl: 'https://www.suk-jai.go.th' })

  it.each(['127.0.0.1', '127.0.0.2', '192.168.1.50', '[fe80::1]', 'saraban-pc', 'www.suk-jai.go.th'])(
    '%s is allowed (as Next.js matches it)',
    (host) => {
      expect(isCsrfOriginAllowed(host, allowed)).toBe(true)
    },
  )

  it.each(['evil.example.com', '192.168.1.51', '10.0.0.1'])('%s is not', (host) => {
    expect(isCsrfOriginAllowed(host, allowed)).toBe(false)
  })
})
