/**
 * What a server process tells `npm start`'s primary (src/server/start.ts) once Payload has
 * booted in it (src/startPayload.ts): Next.js opens its port before that, so "listening"
 * would not say the process can serve.
 */
export const READY_MESSAGE = 'prongsai:ready'

/** Connections each server process opens to PostgreSQL at most (payload.config.ts). */
export const POSTGRES_POOL_MAX = 20
