/**
 * Door: the plugin's client components (admin component paths `@prongsai/workflow/client#Name`).
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { CollectionCell } from '../components/CollectionCell'
export { WorkflowStep } from '../components/WorkflowStep'
