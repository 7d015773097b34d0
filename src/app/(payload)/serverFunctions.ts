/**
 * The admin's server functions that replace Payload's own of the same name (the layout
 * passes them to `handleServerFunctions`, which prefers them to its built-in ones).
 */
import { schedulePublishIfAllowed } from '@prongsai/workflow/utilities'

export const serverFunctions = {
  // "Publish at …" and cancelling it: only who may publish the document (Payload asks nothing).
  'schedule-publish': schedulePublishIfAllowed,
}
