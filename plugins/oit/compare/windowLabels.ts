import type { Label } from '@prongsai/shared/bilingual'
import type { FrameworkWindow } from '../framework/schema'

/** How a window reads to an editor (the schema documents each one). */
export const WINDOW_LABELS: Record<FrameworkWindow, Label> = {
  current: { th: 'เป็นปัจจุบัน (ไม่ระบุปีงบประมาณ)', en: 'Kept up to date (no fiscal year)' },
  'current-fy': { th: 'ของปีงบประมาณที่ประเมิน', en: 'Of the fiscal year assessed' },
  'valid-during-current-fy': { th: 'มีผลบังคับใช้ในปีงบประมาณที่ประเมิน', en: 'In force during the fiscal year assessed' },
  'first-half-current-fy': {
    th: 'ครอบคลุม 6 เดือนแรกของปีงบประมาณ (ต.ค.–มี.ค.)',
    en: 'Covers the first half of the fiscal year (Oct–Mar)',
  },
  'monthly-first-half-current-fy': {
    th: 'รายเดือน ต.ค.–มี.ค. ของปีงบประมาณ',
    en: 'Monthly, October to March of the fiscal year',
  },
  'previous-fy': { th: 'ของปีงบประมาณก่อนหน้า', en: 'Of the previous fiscal year' },
}

/** A window with its label, for answers that people read. */
export function windowWithLabel(window: FrameworkWindow): { key: FrameworkWindow; label: Label } {
  // An unknown window (a newer data file than this code) still shows, by its key.
  return { key: window, label: WINDOW_LABELS[window] ?? { th: window, en: window } }
}
