/**
 * Door: the plugin's functions and constants that the app, other plugins, tests and bench use.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { fromLocalWallClock, toLocalWallClock } from '../components/schedule/wallClock'
export { readTypedDate, withinLimits } from '../components/typedDate'
export { isoDay, parseThaiDateInput, parseThaiDateTimeInput, readDateText, storedInstant } from '../parse/thaiDateInput'
