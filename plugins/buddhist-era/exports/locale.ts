/**
 * Door: importing this module puts Buddhist-era years into the admin's date-fns locales
 * (a side effect, once); `eraLocalesReady` settles when they are in place.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { eraLocalesReady } from '../locale/applyToAdmin'
