/**
 * Admin navigation groups, by kind of data. NACC renumbers and regroups the ITA items
 * almost every year while the data stays the same kinds, so the groups name the kinds;
 * which items of which year a collection serves is computed from the frameworks.
 */
export const SETTINGS_GROUP = { th: 'ตั้งค่าหน่วยงาน', en: 'Organisation settings' }
export const MEDIA_GROUP = { th: 'คลังไฟล์', en: 'Files' }

export const OIT_GROUPS = {
  basic: { th: 'ข้อมูลพื้นฐาน', en: 'Basic information' },
  plansReports: { th: 'แผนและรายงาน', en: 'Plans and reports' },
  services: { th: 'การให้บริการ', en: 'Services' },
  procurement: { th: 'จัดซื้อจัดจ้าง', en: 'Procurement' },
  policiesParticipation: { th: 'นโยบายและการมีส่วนร่วม', en: 'Policies and participation' },
  prevention: { th: 'ป้องกันการทุจริต', en: 'Corruption prevention' },
} as const
