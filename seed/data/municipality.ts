/**
 * The second demo organisation: a fictional เทศบาลตำบล beside the demo อบจ., so that what one
 * organisation sees of another (nothing unpublished) can be tried. Its divisions are the
 * usual ones of a small municipality; it has staff and a draft, and nothing published yet.
 */
export const DEMO_MUNICIPALITY = {
  name: 'เทศบาลตำบลสบายดี',
  slug: 'sabaidee',
  kind: 'subdistrict-municipality',
  province: 'สุขใจ (จังหวัดสมมติ)',
  // Browsers take any *.localhost for this computer: the demo's second site.
  domains: [{ host: 'sabaidee.localhost' }],
} as const

export const MUNICIPALITY_PROFILE = {
  nameTh: 'เทศบาลตำบลสบายดี',
  shortName: 'ทต.สบายดี',
  nameEn: 'Sabai Dee Subdistrict Municipality (demo)',
  type: 'subdistrict-municipality',
  province: 'สุขใจ (จังหวัดสมมติ)',
} as const

export const MUNICIPALITY_DIVISIONS = [
  { code: 'permanent-secretary', nameTh: 'สำนักปลัดเทศบาล', shortName: 'สำนักปลัดฯ', nameEn: 'Office of the Municipal Clerk' },
  { code: 'finance', nameTh: 'กองคลัง', shortName: 'กองคลัง', nameEn: 'Finance Division' },
  { code: 'engineering', nameTh: 'กองช่าง', shortName: 'กองช่าง', nameEn: 'Engineering Division' },
  { code: 'public-health', nameTh: 'กองสาธารณสุขและสิ่งแวดล้อม', shortName: 'กองสาธารณสุขฯ', nameEn: 'Public Health and Environment Division' },
]

export const MUNICIPALITY_STAFF = [
  { email: 'editor@sabaidee.local', name: 'เจ้าหน้าที่กองคลัง ทต.สบายดี (สาธิต)', roles: ['editor'], divisions: ['finance'] },
  { email: 'admin@sabaidee.local', name: 'ผู้ดูแลระบบ ทต.สบายดี (สาธิต)', roles: ['admin', 'publisher'], divisions: ['permanent-secretary'] },
] as const

/** A draft only its own staff may see. */
export const MUNICIPALITY_DRAFT = {
  collection: 'news',
  title: 'ร่าง: ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ทต.สบายดี',
} as const

/**
 * A read-only overseer of both demo organisations (a provincial office's desk): the view
 * across organisations lists the two, and nothing can be changed from it.
 */
export const DEMO_OVERSEER = {
  email: 'overseer@province.local',
  name: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสุขใจ (สาธิต)',
  roles: ['publisher'],
  platformRole: 'overseer',
} as const
