/**
 * Door: the plugin's server components (admin component paths `@prongsai/oit/rsc#Name`).
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { CompareView } from '../components/CompareView'
export { StatusNavLink } from '../components/StatusNavLink'
export { StatusSummary } from '../components/StatusSummary'
export { StatusView } from '../components/StatusView'
export { OverviewView } from '../components/OverviewView'
