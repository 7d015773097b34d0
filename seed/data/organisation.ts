/** The demo organisation: a fictional อบจ., so no real office is misrepresented. */
export const DEMO_ORGANISATION = {
  nameTh: 'องค์การบริหารส่วนจังหวัดสุขใจ',
  shortName: 'อบจ.สุขใจ',
  nameEn: 'Suk Jai Provincial Administrative Organisation (demo)',
  type: 'pao',
  province: 'สุขใจ (จังหวัดสมมติ)',
} as const

export const DEFAULT_ADMIN = {
  email: 'admin@prongsai.local',
  password: 'prongsai-demo-2566',
  name: 'ผู้ดูแลระบบ (สาธิต)',
}
