import type { ComponentKey } from '../fields/disclosure'

export const ORGANISATION_COMPONENT_KEYS: ComponentKey[] = [
  { value: 'structure-chart', label: { th: 'แผนผังโครงสร้าง', en: 'Structure chart' } },
  { value: 'divisions', label: { th: 'การแบ่งส่วนงานและตำแหน่งสำคัญ', en: 'Divisions and key positions' } },
  { value: 'authority', label: { th: 'อำนาจหน้าที่', en: 'Authority' } },
  { value: 'privacy-policy', label: { th: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', en: 'Privacy policy' } },
]
