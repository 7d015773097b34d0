import { richText } from '../../lexical'
import { type DemoDocument, division, media } from './types'
import { bkk, EXECUTIVE_NAMES, SITE } from './util'

/** 9.1 Basic information: executives (o2), laws (o6), news (o7). */

const executives: DemoDocument[] = [
  {
    collection: 'executives',
    status: 'published',
    data: {
      name: EXECUTIVE_NAMES.mayor,
      position: 'นายกองค์การบริหารส่วนจังหวัดสุขใจ',
      side: 'political',
      rank: 'top',
      order: 1,
      photo: media('exec-mayor'),
      contact: { phone: '0 5451 1234 ต่อ 101', email: 'mayor@sukjai-pao.go.th', lineId: 'sukjai-mayor', url: 'https://www.facebook.com/example.sukjai.pao' },
      division: division('strategy'),
    },
  },
  {
    collection: 'executives',
    status: 'published',
    data: {
      name: EXECUTIVE_NAMES.deputy1,
      position: 'รองนายกองค์การบริหารส่วนจังหวัดสุขใจ',
      side: 'political',
      rank: 'deputy',
      order: 2,
      photo: media('exec-deputy-1'),
      contact: { phone: '0 5451 1234 ต่อ 102', email: 'deputy1@sukjai-pao.go.th' },
      division: division('strategy'),
    },
  },
  {
    collection: 'executives',
    status: 'published',
    data: {
      name: EXECUTIVE_NAMES.deputy2,
      position: 'รองนายกองค์การบริหารส่วนจังหวัดสุขใจ',
      side: 'political',
      rank: 'deputy',
      order: 3,
      photo: media('exec-deputy-2'),
      contact: { phone: '0 5451 1234 ต่อ 103', email: 'deputy2@sukjai-pao.go.th' },
      division: division('strategy'),
    },
  },
  {
    collection: 'executives',
    status: 'published',
    data: {
      name: EXECUTIVE_NAMES.permanentSecretary,
      position: 'ปลัดองค์การบริหารส่วนจังหวัดสุขใจ',
      side: 'permanent',
      rank: 'top',
      order: 4,
      photo: media('exec-permsec'),
      contact: { phone: '0 5451 1234 ต่อ 111', email: 'palad@sukjai-pao.go.th' },
      division: division('strategy'),
    },
  },
  {
    collection: 'executives',
    status: 'published',
    data: {
      name: EXECUTIVE_NAMES.deputyPermanentSecretary,
      position: 'รองปลัดองค์การบริหารส่วนจังหวัดสุขใจ',
      side: 'permanent',
      rank: 'deputy',
      order: 5,
      photo: media('exec-deputy-permsec'),
      contact: { phone: '0 5451 1234 ต่อ 112', email: 'rongpalad@sukjai-pao.go.th' },
      division: division('strategy'),
    },
  },
]

const laws: DemoDocument[] = [
  {
    collection: 'laws',
    status: 'published',
    data: {
      title: 'พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 และที่แก้ไขเพิ่มเติม',
      kind: 'act',
      summary:
        'กำหนดโครงสร้างขององค์การบริหารส่วนจังหวัด ประกอบด้วยสภาองค์การบริหารส่วนจังหวัดและนายกองค์การบริหารส่วนจังหวัด ' +
        'อำนาจหน้าที่ของสภาและนายก การคลังและทรัพย์สิน (ภาษีบำรุงองค์การบริหารส่วนจังหวัด ค่าธรรมเนียม) และการกำกับดูแลโดยผู้ว่าราชการจังหวัด',
      url: `${SITE}/laws/pao-act-2540`,
      division: division('strategy'),
    },
  },
  {
    collection: 'laws',
    status: 'published',
    data: {
      title: 'พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542',
      kind: 'act',
      summary: 'กำหนดอำนาจและหน้าที่ในการจัดระบบการบริการสาธารณะขององค์การบริหารส่วนจังหวัด (มาตรา 17) และการจัดสรรรายได้ให้แก่องค์กรปกครองส่วนท้องถิ่น',
      url: `${SITE}/laws/decentralisation-act-2542`,
      division: division('strategy'),
    },
  },
  {
    collection: 'laws',
    status: 'published',
    data: {
      title: 'พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560',
      kind: 'act',
      summary: 'หลักเกณฑ์การจัดซื้อจัดจ้างของหน่วยงานของรัฐ วิธีการซื้อหรือจ้าง (ประกวดราคาอิเล็กทรอนิกส์ วิธีคัดเลือก วิธีเฉพาะเจาะจง) การเผยแพร่แผนและประกาศ และการบริหารพัสดุ',
      url: `${SITE}/laws/procurement-act-2560`,
      division: division('strategy'),
    },
  },
  {
    collection: 'laws',
    status: 'published',
    data: {
      title: 'ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม',
      kind: 'regulation',
      summary: 'ขั้นตอนการจัดทำ ทบทวน และติดตามประเมินผลแผนพัฒนาท้องถิ่นและแผนการดำเนินงาน รวมถึงการประชุมประชาคมท้องถิ่น',
      url: `${SITE}/laws/moi-development-plan-regulation-2548`,
      division: division('strategy'),
    },
  },
  {
    collection: 'laws',
    status: 'published',
    data: {
      title: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
      kind: 'act',
      summary: 'สิทธิของประชาชนในการรับรู้ข้อมูลข่าวสารของราชการ ข้อมูลที่หน่วยงานต้องลงพิมพ์ในราชกิจจานุเบกษาหรือจัดไว้ให้ประชาชนตรวจดูได้ (มาตรา 7 และมาตรา 9)',
      url: `${SITE}/laws/official-information-act-2540`,
      division: division('strategy'),
    },
  },
  {
    collection: 'laws',
    status: 'published',
    data: {
      title: 'ข้อบัญญัติองค์การบริหารส่วนจังหวัดสุขใจ เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2566',
      kind: 'ordinance',
      summary: 'งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2566 ตั้งจ่ายเป็นจำนวนทั้งสิ้น 1,285,400,000 บาท จำแนกตามแผนงานและส่วนราชการ',
      document: media('pdf-budget-ordinance'),
      division: division('strategy'),
    },
  },
]

const news: DemoDocument[] = [
  {
    collection: 'news',
    status: 'published',
    data: {
      title: 'อบจ.สุขใจ ร่วมจัดงานประเพณีลอยกระทงและงานกาชาดจังหวัดสุขใจ ประจำปี 2565',
      date: bkk('2022-11-08'),
      coverImage: media('news-loykrathong'),
      body: richText(
        'วันที่ 8 พฤศจิกายน 2565 นายวีรชัย ศรีสุขใจ นายกองค์การบริหารส่วนจังหวัดสุขใจ ร่วมพิธีเปิดงานประเพณีลอยกระทงและงานกาชาดจังหวัดสุขใจ ประจำปี 2565 ณ บริเวณสวนสาธารณะหนองสุขใจ',
        'องค์การบริหารส่วนจังหวัดสุขใจสนับสนุนการจัดขบวนแห่กระทงใหญ่ การประกวดนางนพมาศ และการแสดงทางวัฒนธรรมของทุกอำเภอ ภายใต้โครงการสืบสานประเพณีลอยกระทงและงานกาชาดจังหวัดสุขใจ งบประมาณ 800,000 บาท',
        'ปีนี้รณรงค์ใช้กระทงจากวัสดุธรรมชาติ และจัดเจ้าหน้าที่เก็บกระทงหลังงานเพื่อลดขยะในแหล่งน้ำ',
      ),
      fiscalYear: 2566,
      division: division('strategy'),
    },
  },
  {
    collection: 'news',
    status: 'published',
    data: {
      title: 'พิธีเปิดใช้ถนนลาดยางสาย สจ.2011 บ้านห้วยทราย – บ้านนาดี อำเภอเมืองสุขใจ',
      date: bkk('2022-12-15'),
      coverImage: media('news-road'),
      body: richText(
        'วันที่ 15 ธันวาคม 2565 องค์การบริหารส่วนจังหวัดสุขใจ จัดพิธีเปิดใช้ถนนลาดยางผิวจราจรแอสฟัลท์ติกคอนกรีต สาย สจ.2011 บ้านห้วยทราย – บ้านนาดี ระยะทาง 4.2 กิโลเมตร',
        'ถนนสายนี้เชื่อมต่อตำบลห้วยทรายกับตำบลนาดี ช่วยลดระยะเวลาการเดินทางไปโรงพยาบาลสุขใจและตลาดกลางสินค้าเกษตร ประชาชนได้รับประโยชน์ประมาณ 3,800 ครัวเรือน',
        'ผู้พบเห็นความชำรุดของถนนในความรับผิดชอบของ อบจ.สุขใจ แจ้งได้ที่กองช่าง โทร 0 5451 1234 ต่อ 301 หรือผ่านระบบรับเรื่องร้องทุกข์ออนไลน์',
      ),
      fiscalYear: 2566,
      division: division('strategy'),
    },
  },
  {
    collection: 'news',
    status: 'published',
    data: {
      title: 'สภา อบจ.สุขใจ ประชุมสมัยสามัญ สมัยที่ 1 ประจำปี 2566 รับทราบรายงานผลการดำเนินงานประจำปี 2565',
      date: bkk('2023-02-10'),
      coverImage: media('news-budget'),
      body: richText(
        'วันที่ 10 กุมภาพันธ์ 2566 สภาองค์การบริหารส่วนจังหวัดสุขใจ ประชุมสมัยสามัญ สมัยที่ 1 ประจำปี 2566 ณ ห้องประชุมสภาองค์การบริหารส่วนจังหวัดสุขใจ',
        'ที่ประชุมรับทราบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565 และรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น พร้อมทั้งพิจารณาญัตติขออนุมัติโอนงบประมาณรายจ่ายประจำปี 2566',
        'ประชาชนสามารถรับชมการถ่ายทอดสดการประชุมสภาย้อนหลังได้ทางช่อง YouTube ของ อบจ.สุขใจ',
      ),
      fiscalYear: 2566,
      division: division('secretariat'),
    },
  },
  {
    collection: 'news',
    status: 'published',
    data: {
      title: 'อบจ.สุขใจ มอบเครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED) ให้โรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด 10 แห่ง',
      date: bkk('2023-03-14'),
      coverImage: media('news-aed'),
      body: richText(
        'วันที่ 14 มีนาคม 2566 นางสาวกนกวรรณ ทองประเสริฐ รองนายกองค์การบริหารส่วนจังหวัดสุขใจ เป็นประธานมอบเครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED) จำนวน 10 เครื่อง ให้แก่โรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอนมาสังกัด อบจ.สุขใจ',
        'พร้อมจัดอบรมการช่วยฟื้นคืนชีพขั้นพื้นฐาน (CPR) และการใช้เครื่อง AED ให้แก่เจ้าหน้าที่และอาสาสมัครสาธารณสุขประจำหมู่บ้าน จำนวน 120 คน',
      ),
      fiscalYear: 2566,
      division: division('public-health'),
    },
  },
  {
    collection: 'news',
    status: 'published',
    data: {
      title: 'เปิดการแข่งขันกีฬาเยาวชนต้านยาเสพติด อบจ.สุขใจคัพ ประจำปี 2566',
      date: bkk('2023-03-25'),
      coverImage: media('news-sports'),
      body: richText(
        'วันที่ 25 มีนาคม 2566 องค์การบริหารส่วนจังหวัดสุขใจ เปิดการแข่งขันกีฬาเยาวชนต้านยาเสพติด อบจ.สุขใจคัพ ประจำปี 2566 ณ สนามกีฬากลาง อบจ.สุขใจ',
        'มีนักกีฬาเยาวชนจาก 9 อำเภอ เข้าร่วมการแข่งขันฟุตบอล วอลเลย์บอล และเซปักตะกร้อ รวมกว่า 1,500 คน การแข่งขันจัดถึงวันที่ 9 เมษายน 2566',
      ),
      fiscalYear: 2566,
      division: division('education'),
    },
  },
]

export const BASIC_DOCUMENTS: DemoDocument[] = [...executives, ...laws, ...news]
