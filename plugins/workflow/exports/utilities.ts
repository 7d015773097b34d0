/**
 * Door: the plugin's functions and constants that the app, other plugins, tests and bench use.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { FIELD } from '../defaults'
export { workflowFields } from '../fields/workflowFields'
export { schedulePublishIfAllowed } from '../serverFunctions/schedulePublish'
