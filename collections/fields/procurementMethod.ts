import type { SelectField } from 'payload'

/** Methods of the Public Procurement Act B.E. 2560 as e-GP names them. */
export const PROCUREMENT_METHODS = [
  { label: { th: 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', en: 'e-bidding' }, value: 'e-bidding' },
  { label: { th: 'ตลาดอิเล็กทรอนิกส์ (e-market)', en: 'e-market' }, value: 'e-market' },
  { label: { th: 'วิธีคัดเลือก', en: 'Selection' }, value: 'selection' },
  { label: { th: 'วิธีเฉพาะเจาะจง', en: 'Specific method' }, value: 'specific' },
  { label: { th: 'วิธีสอบราคา', en: 'Price inquiry' }, value: 'price-inquiry' },
  { label: { th: 'อื่น ๆ', en: 'Other' }, value: 'other' },
]

export function procurementMethodField(name = 'method'): SelectField {
  return {
    name,
    type: 'select',
    options: PROCUREMENT_METHODS,
    label: { th: 'วิธีการซื้อหรือจ้าง', en: 'Procurement method' },
  }
}
