import { richText } from '../../lexical'
import { ACTION_PLAN_PROJECTS } from './plans'
import { type DemoDocument, division, media } from './types'
import { bkk, SITE } from './util'

/**
 * 9.2 Administration: operations reports (o12, o13), manuals (o14, o15), service
 * statistics (o16), satisfaction survey (o17), e-services (o18); one e-service also has its
 * FY 2569 usage statistics and a user guide, as ITA 2569 (provisional) asks.
 */

/** Six-month progress of each project of the FY 2566 action plan (same names as the plan). */
const SIX_MONTH_PROGRESS: Record<number, { progress: string; budgetUsed: number }> = {
  0: { progress: 'ลงนามสัญญาจ้างเมื่อ 27 ม.ค. 2566 วงเงิน 7,890,000 บาท ผลงานก่อสร้างร้อยละ 35 (งานดินและงานชั้นรองพื้นทาง) ยังไม่มีการเบิกจ่าย', budgetUsed: 0 },
  1: { progress: 'ซ่อมแซมผิวทางและหลุมบ่อแล้ว 14 สายทาง จากแผน 30 สายทาง', budgetUsed: 1420000 },
  2: { progress: 'ตรวจรับเครื่อง AED ครบ 10 เครื่อง เมื่อ 10 มี.ค. 2566 และส่งมอบให้ รพ.สต. แล้ว ดำเนินการแล้วเสร็จ', budgetUsed: 628000 },
  3: { progress: 'สนับสนุนหน่วยปฏิบัติการแพทย์ฉุกเฉิน 48 หน่วย ออกเหตุรวม 4,440 ครั้ง', budgetUsed: 1150000 },
  4: { progress: 'จัดซื้ออาหารเสริม (นม) ภาคเรียนที่ 2/2565 ครบทุกโรงเรียนในสังกัด', budgetUsed: 1980000 },
  5: { progress: 'จัดงานระหว่าง 6–8 พ.ย. 2565 ดำเนินการแล้วเสร็จ มีผู้ร่วมงานประมาณ 25,000 คน', budgetUsed: 786500 },
  6: { progress: 'อยู่ระหว่างการแข่งขัน (25 มี.ค. – 9 เม.ย. 2566) นักกีฬา 1,500 คน จาก 9 อำเภอ ลงนามสัญญาจ้างจัดสถานที่แล้ว', budgetUsed: 415000 },
  7: { progress: 'จัดประชุมประชาคมแล้ว 5 อำเภอ จาก 9 อำเภอ ผู้เข้าร่วม 612 คน', budgetUsed: 16500 },
  8: { progress: 'อยู่ระหว่างจัดเตรียมหลักสูตรและวิทยากร กำหนดจัดอบรมเดือน พ.ค. 2566', budgetUsed: 0 },
}

const operationsProgress: DemoDocument = {
  collection: 'reports',
  status: 'published',
  data: {
    title: 'รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน (1 ต.ค. 2565 – 31 มี.ค. 2566)',
    kind: 'progress-6m',
    subject: 'operations',
    fiscalYear: 2566,
    periodStart: bkk('2022-10-01'),
    periodEnd: bkk('2023-03-31'),
    summary: richText(
      'รอบ 6 เดือนแรกของปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนจังหวัดสุขใจ ดำเนินโครงการตามแผนการดำเนินงานแล้วเสร็จ 118 โครงการ อยู่ระหว่างดำเนินการ 97 โครงการ และยังไม่ได้ดำเนินการ 127 โครงการ จากทั้งหมด 342 โครงการ',
      'เบิกจ่ายงบประมาณแล้ว 438,215,600 บาท คิดเป็นร้อยละ 44.43 ของงบประมาณตามแผนการดำเนินงาน',
    ),
    projectResults: ACTION_PLAN_PROJECTS.map((project, index) => ({
      name: project.name,
      progress: SIX_MONTH_PROGRESS[index]!.progress,
      budgetUsed: SIX_MONTH_PROGRESS[index]!.budgetUsed,
    })),
    budgetSpent: 438215600,
    problems: 'การโอนจัดสรรเงินอุดหนุนเฉพาะกิจล่าช้า ทำให้โครงการก่อสร้างบางส่วนเริ่มได้ในไตรมาสที่ 2',
    recommendations: 'เร่งรัดการจัดซื้อจัดจ้างโครงการที่ยังไม่ดำเนินการให้แล้วเสร็จภายในไตรมาสที่ 3 และรายงานความก้าวหน้าต่อคณะผู้บริหารทุกเดือน',
    division: division('strategy'),
  },
}

const annualOperations: DemoDocument = {
  collection: 'reports',
  status: 'published',
  data: {
    title: 'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565 องค์การบริหารส่วนจังหวัดสุขใจ',
    kind: 'annual',
    subject: 'operations',
    fiscalYear: 2565,
    periodStart: bkk('2021-10-01'),
    periodEnd: bkk('2022-09-30'),
    summary: richText(
      'ปีงบประมาณ พ.ศ. 2565 องค์การบริหารส่วนจังหวัดสุขใจ มีโครงการตามแผนการดำเนินงานทั้งสิ้น 318 โครงการ ดำเนินการแล้วเสร็จ 287 โครงการ (ร้อยละ 90.25) กันเงินไว้เบิกเหลื่อมปี 19 โครงการ และไม่ได้ดำเนินการ 12 โครงการ',
      'รายงานนี้ได้เสนอต่อสภาองค์การบริหารส่วนจังหวัดสุขใจ เมื่อวันที่ 10 กุมภาพันธ์ 2566 และประกาศให้ประชาชนทราบโดยทั่วกัน',
    ),
    projectResults: [
      { name: 'โครงการก่อสร้างถนนลาดยาง สาย สจ.2011 บ้านห้วยทราย – บ้านนาดี', progress: 'ก่อสร้างแล้วเสร็จ ระยะทาง 4.2 กิโลเมตร ส่งมอบงาน ก.ย. 2565 เปิดใช้ ธ.ค. 2565', budgetUsed: 9650000 },
      { name: 'โครงการส่งเสริมระบบการแพทย์ฉุกเฉินจังหวัดสุขใจ', progress: 'ออกเหตุรวม 8,912 ครั้ง ระยะเวลาเฉลี่ยถึงที่เกิดเหตุ 9.4 นาที', budgetUsed: 2315000 },
      { name: 'โครงการรับถ่ายโอนภารกิจโรงพยาบาลส่งเสริมสุขภาพตำบล', progress: 'รับถ่ายโอน รพ.สต. 52 แห่ง และบุคลากร 311 คน เมื่อ 1 ต.ค. 2565 ตามแผน', budgetUsed: 4870000 },
      { name: 'โครงการแข่งขันกีฬาเยาวชนต้านยาเสพติด อบจ.สุขใจคัพ ประจำปี 2565', progress: 'ดำเนินการแล้วเสร็จ นักกีฬาเข้าร่วม 1,320 คน', budgetUsed: 1130000 },
      { name: 'โครงการประเมินความพึงพอใจของประชาชนที่มีต่อการให้บริการ', progress: 'ดำเนินการแล้วเสร็จ ความพึงพอใจร้อยละ 91.45', budgetUsed: 60000 },
    ],
    budgetSpent: 921480350,
    problems:
      '1) สถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 ทำให้ต้องเลื่อนหรือยกเลิกกิจกรรมที่มีการรวมตัวของประชาชน 12 โครงการ\n' +
      '2) ราคาวัสดุก่อสร้างและน้ำมันปรับตัวสูงขึ้น ทำให้บางโครงการต้องปรับลดปริมาณงาน',
    recommendations:
      '1) จัดลำดับความสำคัญของโครงการก่อสร้างและเริ่มกระบวนการจัดซื้อจัดจ้างตั้งแต่ไตรมาสแรก\n' +
      '2) จัดกิจกรรมในรูปแบบผสมผสาน (ออนไลน์และในพื้นที่) เพื่อรองรับสถานการณ์ที่ไม่แน่นอน',
    sourceDocument: media('pdf-annual-report-2565'),
    componentLocations: [
      { component: 'project-progress', pages: '12-58' },
      { component: 'budget-used', pages: '59-64' },
      { component: 'problems', pages: '65' },
      { component: 'recommendations', pages: '66' },
    ],
    division: division('strategy'),
  },
}

const satisfaction: DemoDocument = {
  collection: 'reports',
  status: 'published',
  data: {
    title: 'รายงานผลการสำรวจความพึงพอใจของประชาชนต่อการให้บริการ ประจำปีงบประมาณ พ.ศ. 2565',
    kind: 'satisfaction',
    fiscalYear: 2565,
    periodStart: bkk('2021-10-01'),
    periodEnd: bkk('2022-09-30'),
    summary: richText(
      'องค์การบริหารส่วนจังหวัดสุขใจ ว่าจ้างสถาบันการศึกษาในพื้นที่ (ชื่อสมมติ: สถาบันวิจัยและพัฒนาท้องถิ่นสุขใจ) ดำเนินการสำรวจความพึงพอใจของผู้รับบริการใน 4 งานบริการ ระหว่างเดือนกรกฎาคม – สิงหาคม 2565',
    ),
    satisfaction: {
      respondents: 1200,
      scorePercent: 91.45,
      results:
        'ความพึงพอใจภาพรวมร้อยละ 91.45 (ระดับมากที่สุด)\n' +
        '- งานบริการการแพทย์ฉุกเฉิน ร้อยละ 93.20\n' +
        '- งานบริการขออนุญาตเชื่อมทางสาธารณะ ร้อยละ 89.75\n' +
        '- งานจัดเก็บภาษีบำรุงองค์การบริหารส่วนจังหวัด ร้อยละ 91.10\n' +
        '- งานบริการสนามกีฬาและสถานที่ ร้อยละ 91.75\n' +
        'ด้านที่ได้คะแนนต่ำสุด คือ ด้านช่องทางการให้บริการ (ร้อยละ 87.60) ผู้ตอบเสนอให้เพิ่มบริการออนไลน์',
    },
    division: division('personnel'),
  },
}

const manuals: DemoDocument[] = [
  {
    collection: 'manuals',
    status: 'published',
    data: {
      title: 'คู่มือการปฏิบัติงานการจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง (วงเงินไม่เกิน 500,000 บาท)',
      kind: 'work',
      mission: 'การจัดซื้อจัดจ้างพัสดุวงเงินไม่เกิน 500,000 บาท โดยวิธีเฉพาะเจาะจง ตามมาตรา 56 (2) (ข) แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560',
      positions: 'นักวิชาการพัสดุ เจ้าพนักงานพัสดุ และเจ้าหน้าที่ที่ได้รับมอบหมายให้ปฏิบัติงานพัสดุของทุกส่วนราชการ',
      steps: [
        { step: 'ส่วนราชการเจ้าของงบประมาณจัดทำบันทึกขอซื้อ/ขอจ้าง พร้อมรายละเอียดคุณลักษณะเฉพาะหรือขอบเขตของงาน', duration: '1 วันทำการ' },
        { step: 'เจ้าหน้าที่จัดทำรายงานขอซื้อขอจ้าง (ข้อ 22 ของระเบียบกระทรวงการคลังฯ) เสนอหัวหน้าหน่วยงานของรัฐให้ความเห็นชอบ', duration: '1 วันทำการ' },
        { step: 'เจรจาตกลงราคากับผู้ประกอบการที่มีคุณสมบัติ และจัดทำรายงานผลการพิจารณา', duration: '1–2 วันทำการ' },
        { step: 'ประกาศผลผู้ได้รับการคัดเลือกในระบบ e-GP และเว็บไซต์ของหน่วยงาน', duration: '1 วันทำการ' },
        { step: 'จัดทำใบสั่งซื้อ/ใบสั่งจ้างหรือสัญญา และบันทึกข้อมูลในระบบ e-GP', duration: '1 วันทำการ' },
        { step: 'คณะกรรมการตรวจรับพัสดุตรวจรับ และส่งเอกสารเบิกจ่ายให้กองคลัง', duration: 'ภายใน 5 วันทำการนับแต่วันส่งมอบ' },
      ],
      division: division('finance'),
    },
  },
  {
    collection: 'manuals',
    status: 'published',
    data: {
      title: 'คู่มือการปฏิบัติงานการรับและจัดการเรื่องร้องเรียนร้องทุกข์',
      kind: 'work',
      mission: 'การรับ ลงทะเบียน ส่งต่อ และติดตามเรื่องร้องเรียนร้องทุกข์ทั่วไปของประชาชน',
      positions: 'นิติกร เจ้าพนักงานธุรการ ประจำศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดองค์การบริหารส่วนจังหวัด',
      steps: [
        { step: 'รับเรื่องจากทุกช่องทาง (หนังสือ โทรศัพท์ เว็บไซต์ LINE Official Account) และลงทะเบียนในระบบ', duration: 'ภายในวันที่รับเรื่อง' },
        { step: 'คัดแยกเรื่องและเสนอปลัดองค์การบริหารส่วนจังหวัดสั่งการไปยังส่วนราชการที่เกี่ยวข้อง', duration: '1 วันทำการ' },
        { step: 'แจ้งผู้ร้องทราบการรับเรื่องและหน่วยงานที่รับผิดชอบ', duration: 'ภายใน 3 วันทำการ' },
        { step: 'ติดตามผลการแก้ไขจากส่วนราชการ และแจ้งผลให้ผู้ร้องทราบ', duration: 'ภายใน 15 วันทำการ' },
        { step: 'สรุปสถิติเรื่องร้องเรียนเสนอผู้บริหารรายเดือน', duration: 'ทุกเดือน' },
      ],
      division: division('permanent-secretary'),
    },
  },
  {
    collection: 'manuals',
    status: 'published',
    data: {
      title: 'คู่มือสำหรับประชาชน: การขออนุญาตเชื่อมทางสาธารณะ (ทางหลวงท้องถิ่น) ขององค์การบริหารส่วนจังหวัดสุขใจ',
      kind: 'service',
      mission: 'การอนุญาตให้ทำทางเชื่อมเข้าสู่ทางหลวงท้องถิ่นในความรับผิดชอบขององค์การบริหารส่วนจังหวัดสุขใจ ตามพระราชบัญญัติทางหลวง พ.ศ. 2535',
      steps: [
        { step: 'ยื่นคำขอพร้อมเอกสาร (สำเนาบัตรประชาชน สำเนาโฉนดที่ดิน แผนผังและแบบทางเชื่อม) ที่กองช่าง หรือทางระบบยื่นคำขอออนไลน์', duration: '30 นาที' },
        { step: 'เจ้าหน้าที่ตรวจสอบความครบถ้วนของเอกสาร', duration: '1 วันทำการ' },
        { step: 'นายช่างออกตรวจสอบสถานที่และพิจารณาแบบทางเชื่อม', duration: '5 วันทำการ' },
        { step: 'นายกองค์การบริหารส่วนจังหวัดพิจารณาอนุญาต และแจ้งผลให้ผู้ขอทราบ', duration: '3 วันทำการ' },
        { step: 'ผู้ขอรับหนังสืออนุญาต (ไม่มีค่าธรรมเนียม)', duration: '15 นาที' },
      ],
      division: division('engineering'),
    },
  },
  {
    collection: 'manuals',
    status: 'published',
    data: {
      title: 'คู่มือสำหรับประชาชน: การชำระภาษีบำรุงองค์การบริหารส่วนจังหวัดจากน้ำมันและก๊าซปิโตรเลียม',
      kind: 'service',
      mission: 'การยื่นแบบและชำระภาษีบำรุงองค์การบริหารส่วนจังหวัดจากการค้าปลีกน้ำมันเบนซิน น้ำมันดีเซล และก๊าซปิโตรเลียม',
      steps: [
        { step: 'ผู้ประกอบการสถานการค้าปลีกยื่นแบบ ภ.บ.จ.1 และจดทะเบียนครั้งแรกที่กองคลัง', duration: '20 นาที' },
        { step: 'ยื่นแบบ ภ.บ.จ.2 แสดงปริมาณน้ำมันที่จำหน่ายในเดือนที่ผ่านมา', duration: 'ภายในวันที่ 10 ของทุกเดือน' },
        { step: 'ชำระภาษีที่กองคลัง โอนผ่านธนาคาร หรือระบบชำระภาษีออนไลน์', duration: '10 นาที' },
        { step: 'รับใบเสร็จรับเงิน (ส่งทางอีเมลเมื่อชำระออนไลน์)', duration: 'ทันที' },
      ],
      division: division('finance'),
    },
  },
]

const serviceStatistics: DemoDocument = {
  collection: 'statistics',
  status: 'published',
  data: {
    // A deliberate gap (DEMO_GAPS): the data stops in January, so it is not the first six months.
    title: 'สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. 2566 (ต.ค. 2565 – ม.ค. 2566)',
    kind: 'service',
    fiscalYear: 2566,
    periodStart: bkk('2022-10-01'),
    periodEnd: bkk('2023-01-31'),
    serviceRows: [
      { service: 'รับชำระภาษีบำรุง อบจ. จากน้ำมันและก๊าซปิโตรเลียม', period: 'ไตรมาส 1 (ต.ค. – ธ.ค. 2565)', count: 412 },
      { service: 'รับชำระภาษีบำรุง อบจ. จากน้ำมันและก๊าซปิโตรเลียม', period: 'ไตรมาส 2 (ม.ค. – มี.ค. 2566)', count: 405 },
      { service: 'รับชำระค่าธรรมเนียมบำรุง อบจ. จากผู้เข้าพักในโรงแรม', period: 'ไตรมาส 1 (ต.ค. – ธ.ค. 2565)', count: 96 },
      { service: 'รับชำระค่าธรรมเนียมบำรุง อบจ. จากผู้เข้าพักในโรงแรม', period: 'ไตรมาส 2 (ม.ค. – มี.ค. 2566)', count: 98 },
      { service: 'อนุญาตเชื่อมทางสาธารณะ (ทางหลวงท้องถิ่น)', period: 'ไตรมาส 1 (ต.ค. – ธ.ค. 2565)', count: 14 },
      { service: 'อนุญาตเชื่อมทางสาธารณะ (ทางหลวงท้องถิ่น)', period: 'ไตรมาส 2 (ม.ค. – มี.ค. 2566)', count: 19 },
      { service: 'ออกเหตุการแพทย์ฉุกเฉิน (1669)', period: 'ไตรมาส 1 (ต.ค. – ธ.ค. 2565)', count: 2184 },
      { service: 'ออกเหตุการแพทย์ฉุกเฉิน (1669)', period: 'ไตรมาส 2 (ม.ค. – มี.ค. 2566)', count: 2256 },
      { service: 'ขอใช้สนามกีฬากลาง อบจ.สุขใจ', period: 'ไตรมาส 1 (ต.ค. – ธ.ค. 2565)', count: 37 },
      { service: 'ขอใช้สนามกีฬากลาง อบจ.สุขใจ', period: 'ไตรมาส 2 (ม.ค. – มี.ค. 2566)', count: 52 },
      { service: 'ขอรับข้อมูลข่าวสารของราชการ (ศูนย์ข้อมูลข่าวสาร)', period: 'ไตรมาส 1 (ต.ค. – ธ.ค. 2565)', count: 11 },
      { service: 'ขอรับข้อมูลข่าวสารของราชการ (ศูนย์ข้อมูลข่าวสาร)', period: 'ไตรมาส 2 (ม.ค. – มี.ค. 2566)', count: 8 },
    ],
    division: division('strategy'),
  },
}

/** Requests made through the online complaint system, first half of FY 2569 (Oct 2025 – Mar 2026). */
const COMPLAINT_SYSTEM_USAGE_2569 = [
  { period: 'ต.ค. 2568', requests: 64, completed: 61 },
  { period: 'พ.ย. 2568', requests: 58, completed: 57 },
  { period: 'ธ.ค. 2568', requests: 47, completed: 45 },
  { period: 'ม.ค. 2569', requests: 52, completed: 50 },
  { period: 'ก.พ. 2569', requests: 69, completed: 63 },
  { period: 'มี.ค. 2569', requests: 81, completed: 70 },
]

const eServices: DemoDocument[] = [
  {
    collection: 'e-services',
    status: 'published',
    data: {
      name: 'ระบบรับเรื่องร้องเรียนร้องทุกข์ออนไลน์',
      url: `${SITE}/e-service/complaint`,
      description: 'แจ้งเรื่องร้องเรียนร้องทุกข์ทั่วไป เช่น ถนนชำรุด ไฟฟ้าส่องสว่าง น้ำท่วมขัง พร้อมแนบภาพและพิกัด ติดตามสถานะได้ด้วยเลขที่เรื่อง',
      // What ITA 2569 (provisional) also asks of an e-service: its use, month by month, and a guide.
      usageStatistics: COMPLAINT_SYSTEM_USAGE_2569,
      guideUrl: `${SITE}/e-service/complaint/guide`,
      division: division('strategy'),
    },
  },
  {
    collection: 'e-services',
    status: 'published',
    data: {
      name: 'ระบบยื่นคำขออนุญาตเชื่อมทางสาธารณะออนไลน์',
      url: `${SITE}/e-service/road-connection`,
      description: 'ยื่นคำขอและแนบเอกสารประกอบการขออนุญาตทำทางเชื่อมเข้าสู่ทางหลวงท้องถิ่นของ อบจ.สุขใจ โดยไม่ต้องเดินทางมาที่สำนักงาน',
      division: division('engineering'),
    },
  },
  {
    collection: 'e-services',
    status: 'published',
    data: {
      name: 'ระบบจองสนามกีฬาและสถานที่ออนไลน์',
      url: `${SITE}/e-service/venue-booking`,
      description: 'ตรวจสอบวันว่างและจองสนามกีฬากลาง โรงยิม และห้องประชุมของ อบจ.สุขใจ',
      division: division('strategy'),
    },
  },
  {
    collection: 'e-services',
    status: 'published',
    data: {
      name: 'ระบบยื่นแบบและชำระภาษีบำรุง อบจ. ออนไลน์',
      url: `${SITE}/e-service/pao-tax`,
      description: 'ผู้ประกอบการสถานการค้าปลีกน้ำมันและโรงแรมยื่นแบบรายเดือนและชำระผ่าน QR code (Thai QR Payment)',
      division: division('finance'),
    },
  },
]

export const ADMINISTRATION_DOCUMENTS: DemoDocument[] = [
  operationsProgress,
  annualOperations,
  satisfaction,
  ...manuals,
  serviceStatistics,
  ...eServices,
]
