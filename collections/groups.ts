/**
 * Admin navigation groups. OIT collections are grouped by the ITA indicator they mostly
 * serve (9.1 … 10.2), the way the checklist and the ITA coordinator think of them.
 */
export const SETTINGS_GROUP = { th: 'ตั้งค่าหน่วยงาน', en: 'Organisation settings' }
export const MEDIA_GROUP = { th: 'คลังไฟล์', en: 'Files' }

export const OIT_GROUPS = {
  basic: { th: '9.1 ข้อมูลพื้นฐาน', en: '9.1 Basic information' },
  administration: { th: '9.2 การบริหารงาน', en: '9.2 Administration' },
  procurement: { th: '9.3 การจัดซื้อจัดจ้าง', en: '9.3 Procurement' },
  hr: { th: '9.4 การบริหารทรัพยากรบุคคล', en: '9.4 Human resources' },
  transparency: { th: '9.5 การส่งเสริมความโปร่งใส', en: '9.5 Transparency' },
  prevention: { th: '10.1 การป้องกันการทุจริต', en: '10.1 Corruption prevention' },
  integrity: { th: '10.2 มาตรการส่งเสริมคุณธรรม', en: '10.2 Integrity measures' },
} as const
