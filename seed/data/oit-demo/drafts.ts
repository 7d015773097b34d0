import { type DemoDocument, division } from './types'
import { bkk } from './util'

/**
 * Deliberately incomplete drafts: each lacks what its checklist item asks for, so the
 * publish gate and the dashboard have something to catch.
 */
export const DRAFT_DOCUMENTS: DemoDocument[] = [
  // o2: no photo, no contact channels.
  {
    collection: 'executives',
    status: 'draft',
    data: {
      name: 'นายสุรเชษฐ์ บุญประคอง',
      position: 'รองนายกองค์การบริหารส่วนจังหวัด (ร่าง)',
      side: 'political',
      rank: 'deputy',
      order: 6,
      division: division('strategy'),
    },
  },
  // o11 (next year): the second project has neither a budget nor "no budget".
  {
    collection: 'plans',
    status: 'draft',
    data: {
      title: 'แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนจังหวัดสุขใจ (ร่าง)',
      kind: 'action',
      fiscalYear: 2567,
      projects: [
        {
          name: 'โครงการก่อสร้างสะพานคอนกรีตเสริมเหล็ก ข้ามลำห้วยทราย บ้านนาดี อำเภอเมืองสุขใจ',
          budget: 4900000,
          periodText: 'ม.ค. – ก.ค. 2567',
          responsibleUnit: 'กองช่าง',
        },
        {
          name: 'โครงการจัดงานมหกรรมอาหารและของดีจังหวัดสุขใจ',
          periodText: 'ธ.ค. 2566',
          responsibleUnit: 'กองการศึกษา ศาสนาและวัฒนธรรม',
        },
      ],
      division: division('strategy'),
    },
  },
  // o21: April 2023 with neither rows nor a declaration of none.
  {
    collection: 'procurement-monthly-summaries',
    status: 'draft',
    data: {
      title: 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนเมษายน 2566 (แบบ สขร.1)',
      month: bkk('2023-04-01'),
      fiscalYear: 2566,
      division: division('finance'),
    },
  },
  // o7: a headline and a date, but no body yet.
  {
    collection: 'news',
    status: 'draft',
    data: {
      title: 'อบจ.สุขใจ เตรียมจัดงานประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2566 (ร่าง)',
      date: bkk('2023-04-05'),
      fiscalYear: 2566,
      division: division('education'),
    },
  },
]
