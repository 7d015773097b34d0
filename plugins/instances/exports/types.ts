/**
 * Door: the plugin's types for the app, other plugins, tests and bench.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export type * from '../types'
