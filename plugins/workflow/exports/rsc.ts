/**
 * Door: the plugin's server components (admin component paths `@prongsai/workflow/rsc#Name`).
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { MyTasksPanel, MyTasksView } from '../components/MyTasks'
export { MyTasksNavLink } from '../components/MyTasksNavLink'
export { PublishIfAllowed } from '../components/PublishIfAllowed'
export { WorkflowPanel } from '../components/WorkflowPanel'
