/**
 * Door: the plugin's functions and constants that the app, other plugins, tests and bench use.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { withDefaults } from '../defaults'
export { checkId, checkNoNul, checkPaging, checkRouteParams, parseJsonParam } from '../query/checkParams'
export { checkWhere } from '../query/checkWhere'
export { renameSort, renameWhere } from '../query/formerNames'
export { isPopulationRead } from '../query/populationRead'
