/** The collection of each organisation's stored status per ITA year (the view across organisations reads it). */
export const OIT_SUMMARIES_SLUG = 'oit-summaries'

/** The task that brings changed (and yesterday's) summaries up to date. */
export const REFRESH_SUMMARIES_TASK = 'oitRefreshSummaries'
