/**
 * Door: the plugin's types for the app, other plugins, tests and bench.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export type * from '../types'
export type { CategoryChange, FrameworkComparison } from '../compare/compareFrameworks'
export type { OrganisationPreparation } from '../compare/preparationOf'
export type { SheetRow } from '../export/sheet'
export type { FrameworkSource } from '../framework/load'
export type { Check, Framework, FrameworkItem } from '../framework/schema'
export type { DueRemindersOutput } from '../jobs/dueReminders'
export type { Tally } from '../status/judge'
export type {
  DocumentRef,
  ItemStatus,
  ItemStatusName,
  Reason,
  ReasonCode,
  ReasonFacts,
  YearStatus,
} from '../status/types'
