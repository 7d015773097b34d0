/**
 * Thai first: the admin follows the `payload-lng` cookie, then the browser's language.
 * Many office PCs run an English browser, so a visitor without the cookie gets Thai;
 * choosing English in the account settings sets the cookie and is kept.
 */
import { type NextRequest, NextResponse } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'th'

export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  // Let this very request render in Thai too, then keep the choice for the next ones.
  request.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = {
  matcher: ['/admin/:path*'],
}
