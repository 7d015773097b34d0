/**
 * Door: the plugin's client components (admin component paths `@prongsai/publish-gate/client#Name`).
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { Checklist } from '../components/Checklist'
export { ReadinessCell } from '../components/ReadinessCell'
