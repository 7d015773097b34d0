/**
 * The demo's deliberate gaps, one of each kind an assessor meets, so that the status view,
 * the dashboard and the ITAS sheet have something honest to show. Everything else of ITA
 * 2566 is complete. The README lists them; the seed test holds the demo to this list.
 */
import type { ItemStatusName } from '@prongsai/oit/types'

export const DEMO_GAPS: Record<string, { status: ItemStatusName; what: { th: string; en: string } }> = {
  o16: {
    status: 'stale',
    what: {
      th: 'สถิติการให้บริการสิ้นสุดเดือนมกราคม ไม่ครบรอบ 6 เดือน (ต.ค.–มี.ค.)',
      en: 'Service statistics stop in January, short of the six months (Oct–Mar)',
    },
  },
  o21: {
    status: 'incomplete',
    what: {
      th: 'สขร.1 เดือนมกราคม 2566 ยังเป็นฉบับร่าง ไม่ได้เผยแพร่',
      en: 'The monthly summary of January 2566 is still an unpublished draft',
    },
  },
  o33: {
    status: 'stale',
    what: {
      th: 'รายงานผล No Gift Policy ฉบับล่าสุดเป็นของปีงบประมาณ 2564 (ITA 2566 ดูปี 2565)',
      en: 'The latest No Gift Policy report is for FY 2564 (ITA 2566 looks at FY 2565)',
    },
  },
  o41: {
    status: 'incomplete',
    what: {
      th: 'รายงานผลการประเมินจริยธรรมยังเป็นฉบับร่าง',
      en: 'The ethics assessment report is still a draft',
    },
  },
}
