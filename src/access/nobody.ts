import type { Access } from 'payload'

/** Nobody through any API: only the system writes (Local API, which overrides access). */
export const nobody: Access = () => false
