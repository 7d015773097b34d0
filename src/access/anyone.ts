import type { Access } from 'payload'

/** Public read: reference data that every visitor may see. */
export const anyone: Access = () => true
