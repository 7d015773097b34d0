import type { th } from './th'

export const en: typeof th = {
  buddhistEra: {
    month: 'Month',
    year: 'Year',
    yearPrefix: '',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
  },
}
