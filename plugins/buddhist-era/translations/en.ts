import { DATE_INPUT_PROBLEMS } from '../parse/thaiDateInput'

import type { th } from './th'

export const en: typeof th = {
  'plugin-buddhist-era': {
    month: 'Month',
    year: 'Year',
    yearPrefix: '',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    chooseDate: 'Choose a date',
    chooseDateTime: 'Choose a date and time',
    time: 'Time',
    chooseTime: 'Choose a time',
    choose: 'Choose',
    notAvailable: 'Not available',
    unreadable: DATE_INPUT_PROBLEMS.unreadable.en,
    noDay: DATE_INPUT_PROBLEMS.noDay.en,
    noSuchDay: DATE_INPUT_PROBLEMS.noSuchDay.en,
    badYear: DATE_INPUT_PROBLEMS.badYear.en,
    empty: DATE_INPUT_PROBLEMS.empty.en,
    noTime: DATE_INPUT_PROBLEMS.noTime.en,
    noSuchTime: DATE_INPUT_PROBLEMS.noSuchTime.en,
    outOfRange: DATE_INPUT_PROBLEMS.outOfRange.en,
  },
}
