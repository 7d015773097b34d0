/**
 * Door: the plugin's functions for the app, other plugins, tests and bench.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { signal } from '../utilities/signal'
export { claimOnce } from '../utilities/claimOnce'
export { pollSignals, pruneSignals } from '../utilities/pollSignals'
export { runQueueOnce, tickOf } from '../utilities/runQueueOnce'
export { sharedKV } from '../kv/sharedKV'
