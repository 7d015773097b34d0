import { DATE_INPUT_PROBLEMS } from '../parse/thaiDateInput'

export const th = {
  'plugin-buddhist-era': {
    month: 'เดือน',
    year: 'ปี พ.ศ.',
    yearPrefix: 'พ.ศ.',
    previousMonth: 'เดือนก่อน',
    nextMonth: 'เดือนถัดไป',
    previousYear: 'ปีก่อน',
    nextYear: 'ปีถัดไป',
    // The calendar's own labels for screen readers (react-datepicker's are English).
    chooseDate: 'เลือกวันที่',
    chooseDateTime: 'เลือกวันที่และเวลา',
    time: 'เวลา',
    chooseTime: 'เลือกเวลา',
    choose: 'เลือก',
    notAvailable: 'เลือกไม่ได้',
    unreadable: DATE_INPUT_PROBLEMS.unreadable.th,
    noDay: DATE_INPUT_PROBLEMS.noDay.th,
    noSuchDay: DATE_INPUT_PROBLEMS.noSuchDay.th,
    badYear: DATE_INPUT_PROBLEMS.badYear.th,
    empty: DATE_INPUT_PROBLEMS.empty.th,
    noTime: DATE_INPUT_PROBLEMS.noTime.th,
    noSuchTime: DATE_INPUT_PROBLEMS.noSuchTime.th,
    outOfRange: DATE_INPUT_PROBLEMS.outOfRange.th,
  },
}
