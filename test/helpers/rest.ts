/**
 * REST through Payload's own fetch-style handler (`handleEndpoints`): real `Request`s,
 * real `Response`s, the same code path as `/api/*` in Next.js, without a server.
 */
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

export interface RestResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface RequestOptions {
  /** JSON body (sent as application/json) or a FormData (multipart, for uploads). */
  body?: FormData | Record<string, unknown>
  /** A body sent as it is (e.g. malformed JSON); give its Content-Type in `headers`. */
  rawBody?: string
  /** Bearer token; defaults to the one from the last `login`. Pass `null` for anonymous. */
  token?: null | string
  headers?: Record<string, string>
}

export const TEST_ORIGIN = 'http://localhost:3000'

export class RestClient {
  token: string | undefined

  constructor(private readonly config: SanitizedConfig) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<RestResponse<T>> {
    const headers = new Headers(options.headers)
    const token = options.token === undefined ? this.token : options.token
    if (token) headers.set('Authorization', `JWT ${token}`)
    let body: BodyInit | undefined
    if (options.rawBody !== undefined) {
      body = options.rawBody
    } else if (options.body instanceof FormData) {
      body = options.body
    } else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.body)
    }
    const request = new Request(`${TEST_ORIGIN}/api${path}`, { method, headers, body })
    const response = await handleEndpoints({ config: this.config, request })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // Not JSON (a file, say): the text is the body.
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options)
  }

  post<T = any>(path: string, body?: RequestOptions['body'], options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body })
  }

  patch<T = any>(path: string, body?: RequestOptions['body'], options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body })
  }

  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options)
  }

  /** Logs in through `/api/users/login` and keeps the JWT for the next requests. */
  async login(email: string, password: string): Promise<string> {
    const res = await this.post('/users/login', { email, password }, { token: null })
    if (res.status !== 200 || !res.body?.token) {
      throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`)
    }
    this.token = res.body.token as string
    return this.token
  }

  logout(): void {
    this.token = undefined
  }
}
