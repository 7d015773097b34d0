/**
 * Door: the plugin's functions and constants that the app, other plugins, tests and bench use.
 * Import the plugin only through its index and its exports/, never its other files.
 */
export { categoryShape, compareFrameworks } from '../compare/compareFrameworks'
export { preparationOf } from '../compare/preparationOf'
export { FRAMEWORKS_DIR } from '../defaults'
export { itemDivisionOf } from '../divisions/itemDivisionOf'
export { divisionParam } from '../divisions/divisionParam'
export { toCsv, toXlsx, wrappedLines } from '../export/formats'
export { SHEET_COLUMNS, sheetRows } from '../export/sheet'
export { checkPaths, findCatalogProblems, findReferenceProblems } from '../framework/checkReferences'
export { componentLabels, dataFields, fieldAtPath, selectValues } from '../framework/fieldPaths'
export { categoryWhere, itemQueryOptions, itemWhere } from '../framework/itemQuery'
export { CATALOG_FILE, parseFrameworkData, parseFrameworks, readFrameworkDir } from '../framework/load'
export { frameworkSchema } from '../framework/schema'
export { usedIn, withUsedIn } from '../framework/usedIn'
export { frameworkForYear, guideNote, yearInForce } from '../framework/yearInForce'
export { oitRuleSets } from '../gate/ruleSets'
export { sendDueReminders } from '../jobs/dueReminders'
export { reminderEmail } from '../jobs/reminderEmail'
export { gapsOf } from '../jobs/reminderGaps'
export { itemStep, OIT_MENU_LABEL, yearStep } from '../site/clickPath'
export { computeYearStatus } from '../status/computeStatus'
export { explainReason, reasonText } from '../status/explain'
export {
  answered,
  belowMinimum,
  documentFindings,
  documentVerdicts,
  missingMonths,
  outOfWindowReason,
  shortfall,
} from '../status/judge'
export { dueMonths, nextDue } from '../status/nextDue'
export { translations } from '../translations'
export { isOutOfDate, refreshSummaries, summaryOf } from '../summaries/refreshSummaries'
export { overviewOf } from '../summaries/overview'
export { overviewQuery } from '../summaries/overviewQuery'
