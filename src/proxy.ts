/**
 * Runs before every page, the admin's and the public site's (not the API, not static files):
 *
 * - The Content-Security-Policy with a new nonce (src/security/contentSecurityPolicy.ts).
 *   Set on the request too: Next.js reads the nonce from there and puts it on its scripts.
 * - Thai first: the admin follows the `payload-lng` cookie, then the browser's language.
 *   Many office PCs run an English browser, so a visitor without the cookie gets Thai;
 *   choosing English in the account settings sets the cookie and is kept.
 */
import { type NextRequest, NextResponse } from 'next/server'

import { contentSecurityPolicy, newNonce } from './security/contentSecurityPolicy'

const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'th'

function isAdmin(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/')
}

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === 'development' })
  // Let this very request render in Thai too, then keep the choice for the next ones.
  const setLanguage = isAdmin(request.nextUrl.pathname) && !request.cookies.has(LANGUAGE_COOKIE)
  if (setLanguage) request.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)

  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  if (setLanguage) {
    response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, {
      path: '/',
      sameSite: 'lax',
      maxAge: 60 * 60 * 24 * 365,
    })
  }
  return response
}

export const config = {
  // Pages only: the API answers JSON and files (their headers: next.config.mjs, src/security/fileResponseHeaders.ts).
  matcher: ['/((?!api/|_next/static/|_next/image|favicon\\.ico).*)'],
}
