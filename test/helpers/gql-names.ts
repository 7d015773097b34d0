/** GraphQL names Payload gives each collection (singular for mutations, plural for lists). */
export const GRAPHQL_NAMES: Record<string, { singular: string; plural: string }> = {
  organisations: { singular: 'Organisation', plural: 'Organisations' },
  executives: { singular: 'Executive', plural: 'Executives' },
  laws: { singular: 'Law', plural: 'Laws' },
  news: { singular: 'News', plural: 'allNews' },
  plans: { singular: 'Plan', plural: 'Plans' },
  reports: { singular: 'Report', plural: 'Reports' },
  manuals: { singular: 'Manual', plural: 'Manuals' },
  statistics: { singular: 'Statistic', plural: 'Statistics' },
  'e-services': { singular: 'EService', plural: 'EServices' },
  'procurement-announcements': { singular: 'ProcurementAnnouncement', plural: 'ProcurementAnnouncements' },
  'procurement-monthly-summaries': { singular: 'ProcurementMonthlySummary', plural: 'ProcurementMonthlySummaries' },
  policies: { singular: 'Policy', plural: 'Policies' },
  activities: { singular: 'Activity', plural: 'Activities' },
  'risk-assessments': { singular: 'RiskAssessment', plural: 'RiskAssessments' },
  'integrity-measures': { singular: 'IntegrityMeasure', plural: 'IntegrityMeasures' },
}
