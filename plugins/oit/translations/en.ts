import type { th } from './th'

export const en: typeof th = {
  oit: {
    statusTitle: 'OIT disclosure status',
    statusNav: 'OIT status',
    provisional: 'provisional',
    year: 'Assessment year',
    division: 'Division',
    allDivisions: 'All divisions',
    show: 'Show',
    answered: 'answered "yes"',
    item: 'Item',
    status: 'Status',
    documents: 'Documents counted',
    why: 'What an assessor would find',
    lastPublished: 'Last published',
    nextDue: 'Next due',
    exportCsv: 'Download CSV for ITAS',
    exportXlsx: 'Download Excel for ITAS',
    ownGaps: "My division's open items",
    openStatus: 'See every item',
    everythingAnswered: 'Every item of my division can be answered "yes"',
  },
}
