export const th = {
  buddhistEra: {
    month: 'เดือน',
    year: 'ปี พ.ศ.',
    yearPrefix: 'พ.ศ.',
    previousMonth: 'เดือนก่อน',
    nextMonth: 'เดือนถัดไป',
    previousYear: 'ปีก่อน',
    nextYear: 'ปีถัดไป',
  },
}
