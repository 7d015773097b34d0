/**
 * Door: the plugin's server components (admin component paths `@prongsai/publish-gate/rsc#Name`).
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { MyIncompleteItems } from '../components/MyIncompleteItems'
