import { DATE_INPUT_PROBLEMS } from '../parse/thaiDateInput'

export const th = {
  buddhistEra: {
    month: 'เดือน',
    year: 'ปี พ.ศ.',
    yearPrefix: 'พ.ศ.',
    previousMonth: 'เดือนก่อน',
    nextMonth: 'เดือนถัดไป',
    previousYear: 'ปีก่อน',
    unreadable: DATE_INPUT_PROBLEMS.unreadable.th,
    noDay: DATE_INPUT_PROBLEMS.noDay.th,
    noSuchDay: DATE_INPUT_PROBLEMS.noSuchDay.th,
    badYear: DATE_INPUT_PROBLEMS.badYear.th,
    empty: DATE_INPUT_PROBLEMS.empty.th,
    nextYear: 'ปีถัดไป',
  },
}
