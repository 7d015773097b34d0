/**
 * Next.js calls `register` once when a server process starts: Payload boots then
 * (src/startPayload.ts), not at the first request. Node.js only (the Edge runtime has
 * no database).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./startPayload')).startPayload()
}
