import { richText } from '../../lexical'
import { type DemoDocument, division, media } from './types'
import { bkk } from './util'

/**
 * 9.3 Procurement: announcements (o20), monthly summaries (สขร.1, o21), annual procurement
 * report (o22). The procurement plan (o19) is in plans.ts. Every company name is fictional.
 */

const ROAD_EGP = '65127034521'
const AED_EGP = '66017088312'

const announcements: DemoDocument[] = [
  {
    collection: 'procurement-announcements',
    status: 'published',
    data: {
      title: 'ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างถนนลาดยาง ผิวจราจรแอสฟัลท์ติกคอนกรีต สาย สจ.2015 บ้านหนองบัว – บ้านโนนสว่าง ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
      type: 'invitation',
      announcedAt: bkk('2022-12-08'),
      egpProjectNumber: ROAD_EGP,
      method: 'e-bidding',
      budget: 8500000,
      referencePrice: 8432000,
      attachment: media('pdf-egp-invitation-road'),
      fiscalYear: 2566,
      division: division('finance'),
    },
  },
  {
    collection: 'procurement-announcements',
    status: 'published',
    data: {
      title: 'ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างถนนลาดยาง ผิวจราจรแอสฟัลท์ติกคอนกรีต สาย สจ.2015 บ้านหนองบัว – บ้านโนนสว่าง',
      type: 'result',
      announcedAt: bkk('2023-01-20'),
      egpProjectNumber: ROAD_EGP,
      method: 'e-bidding',
      budget: 8500000,
      referencePrice: 8432000,
      fiscalYear: 2566,
      division: division('finance'),
    },
  },
  {
    collection: 'procurement-announcements',
    status: 'published',
    data: {
      title: 'ประกาศราคากลาง ซื้อเครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED) จำนวน 10 เครื่อง ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)',
      type: 'reference-price',
      announcedAt: bkk('2023-02-03'),
      egpProjectNumber: AED_EGP,
      method: 'e-market',
      budget: 650000,
      referencePrice: 640000,
      fiscalYear: 2566,
      division: division('finance'),
    },
  },
  {
    collection: 'procurement-announcements',
    status: 'published',
    data: {
      title: 'ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED) จำนวน 10 เครื่อง ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)',
      type: 'result',
      announcedAt: bkk('2023-02-24'),
      egpProjectNumber: AED_EGP,
      method: 'e-market',
      budget: 650000,
      referencePrice: 640000,
      fiscalYear: 2566,
      division: division('finance'),
    },
  },
]

interface Row {
  work: string
  budget: number
  referencePrice: number
  method: string
  bidders: [string, number][]
  winner: string
  agreedPrice: number
  reason: string
  contractNumber: string
  contractDate: string
}

const REASON_SPECIFIC = 'เป็นผู้มีอาชีพขายหรือรับจ้างพัสดุนั้นโดยตรง มีคุณสมบัติครบถ้วน และเสนอราคาไม่เกินวงเงินงบประมาณ'
const REASON_LOWEST = 'เป็นผู้เสนอราคาต่ำสุด มีคุณสมบัติและเอกสารถูกต้องครบถ้วนตามเงื่อนไขในเอกสารประกวดราคา'
const REASON_EMARKET = 'เป็นผู้เสนอราคาต่ำสุดในระบบตลาดอิเล็กทรอนิกส์ คุณสมบัติถูกต้องครบถ้วน และราคาไม่เกินราคากลาง'

function row(r: Row) {
  return {
    work: r.work,
    budget: r.budget,
    referencePrice: r.referencePrice,
    method: r.method,
    bidders: r.bidders.map(([name, price]) => ({ name, price })),
    winner: r.winner,
    agreedPrice: r.agreedPrice,
    reason: r.reason,
    contractNumber: r.contractNumber,
    contractDate: bkk(r.contractDate),
  }
}

function summary(
  monthTh: string,
  month: string,
  rows: ReturnType<typeof row>[],
  status: DemoDocument['status'] = 'published',
): DemoDocument {
  return {
    collection: 'procurement-monthly-summaries',
    status,
    data: {
      title: `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${monthTh} (แบบ สขร.1)`,
      month: bkk(month),
      fiscalYear: 2566,
      rows,
      division: division('finance'),
    },
  }
}

const monthlySummaries: DemoDocument[] = [
  {
    collection: 'procurement-monthly-summaries',
    status: 'published',
    data: {
      title: 'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2565 (แบบ สขร.1)',
      month: bkk('2022-10-01'),
      fiscalYear: 2566,
      declaredNone: {
        isNone: true,
        explanation:
          'ในรอบเดือนตุลาคม 2565 องค์การบริหารส่วนจังหวัดสุขใจไม่มีการจัดซื้อจัดจ้าง เนื่องจากอยู่ระหว่างการจัดทำและประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 (ประกาศเมื่อวันที่ 4 พฤศจิกายน 2565)',
      },
      division: division('finance'),
    },
  },
  summary('พฤศจิกายน 2565', '2022-11-01', [
    row({
      work: 'ซื้อวัสดุสำนักงาน สำนักปลัดองค์การบริหารส่วนจังหวัด',
      budget: 48500, referencePrice: 48500, method: 'specific',
      bidders: [['ร้านสุขใจเครื่องเขียน', 48200]],
      winner: 'ร้านสุขใจเครื่องเขียน', agreedPrice: 48200, reason: REASON_SPECIFIC,
      contractNumber: 'ใบสั่งซื้อเลขที่ 21/2566', contractDate: '2022-11-08',
    }),
    row({
      work: 'จ้างซ่อมแซมรถยนต์ส่วนกลาง หมายเลขทะเบียน กข 1234 สุขใจ',
      budget: 35000, referencePrice: 35000, method: 'specific',
      bidders: [['อู่ช่างเก่งเซอร์วิส', 34500]],
      winner: 'อู่ช่างเก่งเซอร์วิส', agreedPrice: 34500, reason: REASON_SPECIFIC,
      contractNumber: 'ใบสั่งจ้างเลขที่ 15/2566', contractDate: '2022-11-15',
    }),
    row({
      work: 'ซื้ออาหารเสริม (นม) โรงเรียนในสังกัด ภาคเรียนที่ 2/2565',
      budget: 1980000, referencePrice: 1980000, method: 'specific',
      bidders: [['สหกรณ์โคนมสุขใจ จำกัด', 1980000]],
      winner: 'สหกรณ์โคนมสุขใจ จำกัด', agreedPrice: 1980000,
      reason: 'เป็นผู้ประกอบการที่ได้รับสิทธิจำหน่ายผลิตภัณฑ์นมในพื้นที่ตามหลักเกณฑ์ของคณะกรรมการอาหารนมเพื่อเด็กและเยาวชน',
      contractNumber: 'สัญญาซื้อขายเลขที่ 3/2566', contractDate: '2022-11-01',
    }),
  ]),
  summary('ธันวาคม 2565', '2022-12-01', [
    row({
      work: 'จ้างทำป้ายประชาสัมพันธ์รณรงค์ป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2566',
      budget: 45000, referencePrice: 45000, method: 'specific',
      bidders: [['ห้างหุ้นส่วนจำกัด ป้ายสวยสุขใจดีไซน์', 44800]],
      winner: 'ห้างหุ้นส่วนจำกัด ป้ายสวยสุขใจดีไซน์', agreedPrice: 44800, reason: REASON_SPECIFIC,
      contractNumber: 'ใบสั่งจ้างเลขที่ 31/2566', contractDate: '2022-12-12',
    }),
    row({
      work: 'ซื้อวัสดุการแพทย์สำหรับหน่วยปฏิบัติการแพทย์ฉุกเฉิน',
      budget: 95000, referencePrice: 95000, method: 'specific',
      bidders: [['บริษัท ใจดีเมดิคอล จำกัด', 94350]],
      winner: 'บริษัท ใจดีเมดิคอล จำกัด', agreedPrice: 94350, reason: REASON_SPECIFIC,
      contractNumber: 'ใบสั่งซื้อเลขที่ 44/2566', contractDate: '2022-12-19',
    }),
    row({
      work: 'จ้างซ่อมแซมหลุมบ่อถนนลาดยาง สาย สจ.3021 บ้านดอนแก้ว – บ้านหนองแวง',
      budget: 465000, referencePrice: 462500, method: 'specific',
      bidders: [['ห้างหุ้นส่วนจำกัด สุขใจการโยธา', 460000]],
      winner: 'ห้างหุ้นส่วนจำกัด สุขใจการโยธา', agreedPrice: 460000, reason: REASON_SPECIFIC,
      contractNumber: 'สัญญาจ้างเลขที่ 6/2566', contractDate: '2022-12-22',
    }),
  ]),
  // A deliberate gap (DEMO_GAPS): January's summary was prepared but never published.
  summary('มกราคม 2566', '2023-01-01', [
    row({
      work: 'จ้างก่อสร้างถนนลาดยาง ผิวจราจรแอสฟัลท์ติกคอนกรีต สาย สจ.2015 บ้านหนองบัว – บ้านโนนสว่าง',
      budget: 8500000, referencePrice: 8432000, method: 'e-bidding',
      bidders: [
        ['บริษัท ทางดีสุขใจ จำกัด', 7890000],
        ['ห้างหุ้นส่วนจำกัด สุขใจการโยธา', 8015000],
        ['บริษัท รุ่งเรืองก่อสร้างสุขใจ จำกัด', 8120000],
      ],
      winner: 'บริษัท ทางดีสุขใจ จำกัด', agreedPrice: 7890000, reason: REASON_LOWEST,
      contractNumber: 'สัญญาจ้างเลขที่ 9/2566', contractDate: '2023-01-27',
    }),
    row({
      work: 'ซื้อวัสดุคอมพิวเตอร์ กองยุทธศาสตร์และงบประมาณ',
      budget: 60000, referencePrice: 60000, method: 'specific',
      bidders: [['ร้านไอทีสุขใจ', 59750]],
      winner: 'ร้านไอทีสุขใจ', agreedPrice: 59750, reason: REASON_SPECIFIC,
      contractNumber: 'ใบสั่งซื้อเลขที่ 58/2566', contractDate: '2023-01-16',
    }),
  ], 'draft'),
  summary('กุมภาพันธ์ 2566', '2023-02-01', [
    row({
      work: 'ซื้อเครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED) จำนวน 10 เครื่อง',
      budget: 650000, referencePrice: 640000, method: 'e-market',
      bidders: [
        ['บริษัท ใจดีเมดิคอล จำกัด', 628000],
        ['บริษัท สุขสันต์การแพทย์ จำกัด', 635000],
        ['บริษัท เมดิคอลซัพพลายสุขใจ จำกัด', 639500],
      ],
      winner: 'บริษัท ใจดีเมดิคอล จำกัด', agreedPrice: 628000, reason: REASON_EMARKET,
      contractNumber: 'สัญญาซื้อขายเลขที่ 12/2566', contractDate: '2023-02-28',
    }),
    row({
      work: 'จ้างเหมาบริการรักษาความปลอดภัยสนามกีฬากลาง อบจ.สุขใจ (มี.ค. – ก.ย. 2566)',
      budget: 294000, referencePrice: 294000, method: 'specific',
      bidders: [['บริษัท สุขใจการ์ดรักษาความปลอดภัย จำกัด', 294000]],
      winner: 'บริษัท สุขใจการ์ดรักษาความปลอดภัย จำกัด', agreedPrice: 294000, reason: REASON_SPECIFIC,
      contractNumber: 'สัญญาจ้างเลขที่ 13/2566', contractDate: '2023-02-27',
    }),
  ]),
  summary('มีนาคม 2566', '2023-03-01', [
    row({
      work: 'จ้างเหมาจัดการแข่งขันกีฬาเยาวชนต้านยาเสพติด อบจ.สุขใจคัพ ประจำปี 2566 (ค่าจัดสถานที่และเครื่องเสียง)',
      budget: 420000, referencePrice: 418000, method: 'specific',
      bidders: [['ห้างหุ้นส่วนจำกัด สุขใจอีเว้นท์', 415000]],
      winner: 'ห้างหุ้นส่วนจำกัด สุขใจอีเว้นท์', agreedPrice: 415000, reason: REASON_SPECIFIC,
      contractNumber: 'สัญญาจ้างเลขที่ 15/2566', contractDate: '2023-03-13',
    }),
    row({
      work: 'ซื้อน้ำมันเชื้อเพลิงสำหรับรถยนต์ส่วนกลางและรถบรรทุกน้ำ ประจำเดือนมีนาคม 2566',
      budget: 120000, referencePrice: 120000, method: 'specific',
      bidders: [['ห้างหุ้นส่วนจำกัด สุขใจปิโตรเลียม', 118650]],
      winner: 'ห้างหุ้นส่วนจำกัด สุขใจปิโตรเลียม', agreedPrice: 118650, reason: REASON_SPECIFIC,
      contractNumber: 'ใบสั่งซื้อเลขที่ 77/2566', contractDate: '2023-03-01',
    }),
  ]),
]

const annualProcurement: DemoDocument = {
  collection: 'reports',
  status: 'published',
  data: {
    title: 'รายงานผลการจัดซื้อจัดจ้างและการจัดหาพัสดุประจำปีงบประมาณ พ.ศ. 2565',
    kind: 'annual',
    subject: 'procurement',
    fiscalYear: 2565,
    periodStart: bkk('2021-10-01'),
    periodEnd: bkk('2022-09-30'),
    summary: richText(
      'รายงานสรุปผลการจัดซื้อจัดจ้างของทุกส่วนราชการในสังกัดองค์การบริหารส่วนจังหวัดสุขใจ ประจำปีงบประมาณ พ.ศ. 2565 ตามกิจกรรม "วิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี" ของแผนปฏิบัติการป้องกันการทุจริต',
    ),
    budgetSpent: 312460500,
    procurementSummary:
      'จัดซื้อจัดจ้างรวม 1,184 รายการ งบประมาณที่ใช้ 312,460,500 บาท\n' +
      '- ประกวดราคาอิเล็กทรอนิกส์ (e-bidding) 38 รายการ 214,870,000 บาท\n' +
      '- ตลาดอิเล็กทรอนิกส์ (e-market) 21 รายการ 18,352,000 บาท\n' +
      '- วิธีคัดเลือก 4 รายการ 6,120,000 บาท\n' +
      '- วิธีเฉพาะเจาะจง 1,121 รายการ 73,118,500 บาท\n' +
      'ประหยัดงบประมาณได้ 11,284,300 บาท (ร้อยละ 3.49 ของวงเงินงบประมาณ)',
    problems:
      '1) ผู้ประกอบการบางรายยื่นเอกสารไม่ครบถ้วน ทำให้ต้องยกเลิกและประกาศประกวดราคาใหม่ 3 โครงการ\n' +
      '2) เจ้าหน้าที่พัสดุของบางส่วนราชการยังขาดความรู้ความเข้าใจระเบียบที่แก้ไขใหม่',
    recommendations:
      '1) จัดอบรมความรู้ด้านการพัสดุให้เจ้าหน้าที่ทุกส่วนราชการอย่างน้อยปีละ 1 ครั้ง\n' +
      '2) เริ่มกระบวนการจัดซื้อจัดจ้างโครงการก่อสร้างตั้งแต่ไตรมาสแรกของปีงบประมาณ\n' +
      '3) เผยแพร่ประกาศจัดซื้อจัดจ้างทางเว็บไซต์และสื่อสังคมออนไลน์ให้แพร่หลายยิ่งขึ้น',
    division: division('finance'),
  },
}

export const PROCUREMENT_DOCUMENTS: DemoDocument[] = [...announcements, ...monthlySummaries, annualProcurement]
