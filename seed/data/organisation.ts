/** The demo organisation: a fictional อบจ., so no real office is misrepresented. */
export const DEMO_ORGANISATION = {
  nameTh: 'องค์การบริหารส่วนจังหวัดสุขใจ',
  shortName: 'อบจ.สุขใจ',
  nameEn: 'Suk Jai Provincial Administrative Organisation (demo)',
  type: 'pao',
  province: 'สุขใจ (จังหวัดสมมติ)',
} as const

/**
 * Demo staff, one per workflow role: กองคลัง prepares and reviews, สำนักปลัด publishes.
 * Created only with the demo content; the password is the demo admin's.
 */
export const DEMO_STAFF = [
  { email: 'editor@prongsai.local', name: 'เจ้าหน้าที่กองคลัง (สาธิต)', roles: ['editor'], divisions: ['finance'] },
  { email: 'reviewer@prongsai.local', name: 'ผู้อำนวยการกองคลัง (สาธิต)', roles: ['reviewer'], divisions: ['finance'] },
  {
    email: 'publisher@prongsai.local',
    name: 'สำนักปลัด ผู้เผยแพร่ (สาธิต)',
    roles: ['publisher'],
    divisions: ['permanent-secretary'],
  },
] as const

export const DEFAULT_ADMIN = {
  email: 'admin@prongsai.local',
  password: 'prongsai-demo-2566',
  name: 'ผู้ดูแลระบบ (สาธิต)',
}
