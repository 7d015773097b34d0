/**
 * Patches the date-fns locales the admin itself uses (Thai: BE years; others: plain
 * years). Payload loads them through `importDateFNSLocale` from its own pinned copy of
 * date-fns, so the objects are taken from there, not from our `date-fns`: a module's
 * objects are shared, so the patch reaches every later use. Imported for its effect, on
 * the server (config) and in the browser (provider), before dates are formatted.
 */
import { importDateFNSLocale } from '@payloadcms/translations'

import { withBuddhistEraYears, withPlainYears } from './eraYears'

/** date-fns locale keys of the admin languages: Payload's `dateFNSKey` of `th` and `en`. */
export const eraLocalesReady = Promise.all([
  importDateFNSLocale('th').then(withBuddhistEraYears),
  importDateFNSLocale('en-US').then(withPlainYears),
])
