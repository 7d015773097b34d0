/** REST calls from e2e tests to the running app, signed in through `/api/users/login`. */

export type ApiCall = (path: string, init?: RequestInit) => Promise<{ status: number; body: any }>

/** Signs in and returns a call to `<baseURL>/api<path>` that carries the JWT and a JSON body type. */
export async function signedInApi(baseURL: string, email: string, password: string): Promise<ApiCall> {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token: string }
  return async (path, init = {}) => {
    const res = await fetch(`${baseURL}/api${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...init.headers },
    })
    return { status: res.status, body: await res.json() }
  }
}
