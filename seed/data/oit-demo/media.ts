import type { DemoMedia } from './types'

/** Every file the demo content refers to. The seed makes plain images and small PDFs on the fly. */
export const DEMO_MEDIA: DemoMedia[] = [
  // The emblem in the public site's header
  { key: 'logo', kind: 'image', alt: 'ตราสัญลักษณ์องค์การบริหารส่วนจังหวัดสุขใจ', filename: 'emblem.png', width: 512, height: 512, colour: '#f2cc8f' },
  // o2: executives' photos (portrait)
  { key: 'exec-mayor', kind: 'image', alt: 'นายวีรชัย ศรีสุขใจ นายกองค์การบริหารส่วนจังหวัดสุขใจ', filename: 'exec-mayor.png', width: 600, height: 800, colour: '#1d4e89' },
  { key: 'exec-deputy-1', kind: 'image', alt: 'นางสาวกนกวรรณ ทองประเสริฐ รองนายกองค์การบริหารส่วนจังหวัดสุขใจ', filename: 'exec-deputy-1.png', width: 600, height: 800, colour: '#2a6f97' },
  { key: 'exec-deputy-2', kind: 'image', alt: 'นายอนุชา แก้วมณีรัตน์ รองนายกองค์การบริหารส่วนจังหวัดสุขใจ', filename: 'exec-deputy-2.png', width: 600, height: 800, colour: '#468faf' },
  { key: 'exec-permsec', kind: 'image', alt: 'นายธนพล วงศ์ไพศาล ปลัดองค์การบริหารส่วนจังหวัดสุขใจ', filename: 'exec-permanent-secretary.png', width: 600, height: 800, colour: '#6a4c93' },
  { key: 'exec-deputy-permsec', kind: 'image', alt: 'นางพิมพ์ชนก รัตนวิจิตร รองปลัดองค์การบริหารส่วนจังหวัดสุขใจ', filename: 'exec-deputy-permanent-secretary.png', width: 600, height: 800, colour: '#8a5a9e' },

  // o1: structure charts
  { key: 'chart-political', kind: 'image', alt: 'แผนผังโครงสร้างฝ่ายการเมือง องค์การบริหารส่วนจังหวัดสุขใจ', filename: 'structure-political.png', width: 1600, height: 1000, colour: '#0b3c5d' },
  { key: 'chart-permanent', kind: 'image', alt: 'แผนผังโครงสร้างส่วนราชการ (ฝ่ายข้าราชการประจำ) องค์การบริหารส่วนจังหวัดสุขใจ', filename: 'structure-permanent.png', width: 1600, height: 1000, colour: '#328cc1' },

  // o7: news covers
  { key: 'news-road', kind: 'image', alt: 'พิธีเปิดถนนลาดยางสาย สจ.2011 บ้านห้วยทราย – บ้านนาดี', filename: 'news-road-opening.png', width: 1200, height: 630, colour: '#3d5a80' },
  { key: 'news-loykrathong', kind: 'image', alt: 'งานประเพณีลอยกระทงและงานกาชาดจังหวัดสุขใจ ประจำปี 2565', filename: 'news-loy-krathong-2565.png', width: 1200, height: 630, colour: '#e07a5f' },
  { key: 'news-budget', kind: 'image', alt: 'การประชุมสภาองค์การบริหารส่วนจังหวัดสุขใจ สมัยสามัญ', filename: 'news-council-meeting.png', width: 1200, height: 630, colour: '#81b29a' },
  { key: 'news-aed', kind: 'image', alt: 'มอบเครื่องกระตุกหัวใจไฟฟ้า (AED) ให้ รพ.สต. ในสังกัด', filename: 'news-aed-handover.png', width: 1200, height: 630, colour: '#c1121f' },
  { key: 'news-sports', kind: 'image', alt: 'การแข่งขันกีฬาเยาวชนต้านยาเสพติด อบจ.สุขใจคัพ 2566', filename: 'news-youth-sports-2566.png', width: 1200, height: 630, colour: '#f2cc8f' },

  // Activities (o24, o30, o32, o35, o40)
  { key: 'act-hr-training-1', kind: 'image', alt: 'การอบรมเพิ่มประสิทธิภาพการปฏิบัติงานของบุคลากร ปี 2566', filename: 'activity-hr-training-1.png', colour: '#5e548e' },
  { key: 'act-hr-training-2', kind: 'image', alt: 'ผู้เข้ารับการอบรมทำแบบทดสอบหลังการอบรม', filename: 'activity-hr-training-2.png', colour: '#9f86c0' },
  { key: 'act-forum-1', kind: 'image', alt: 'การประชุมประชาคมท้องถิ่นระดับอำเภอ', filename: 'activity-community-forum-1.png', colour: '#2d6a4f' },
  { key: 'act-forum-2', kind: 'image', alt: 'ประชาชนร่วมเสนอโครงการในเวทีประชาคม', filename: 'activity-community-forum-2.png', colour: '#40916c' },
  { key: 'act-nogift', kind: 'image', alt: 'ผู้บริหารและบุคลากรร่วมประกาศเจตนารมณ์ No Gift Policy', filename: 'activity-no-gift.png', colour: '#d62828' },
  { key: 'act-risk', kind: 'image', alt: 'การอบรมความรู้ด้านการพัสดุเพื่อลดความเสี่ยงการทุจริต', filename: 'activity-procurement-training.png', colour: '#f77f00' },
  { key: 'act-ethics-1', kind: 'image', alt: 'การอบรมส่งเสริมคุณธรรมจริยธรรมบุคลากร', filename: 'activity-ethics-1.png', colour: '#003049' },
  { key: 'act-ethics-2', kind: 'image', alt: "การจัดทำแนวปฏิบัติ Dos & Don'ts ร่วมกันของคณะทำงาน", filename: 'activity-ethics-2.png', colour: '#669bbc' },

  // o43: EIT survey QR code
  { key: 'eit-qr', kind: 'image', alt: 'QR code แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) องค์การบริหารส่วนจังหวัดสุขใจ', filename: 'eit-qr-code.png', width: 600, height: 600, colour: '#111111' },

  // Official PDFs
  { key: 'pdf-development-plan', kind: 'pdf', alt: 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) องค์การบริหารส่วนจังหวัดสุขใจ', filename: 'local-development-plan-2566-2570.pdf' },
  { key: 'pdf-anti-corruption-plan', kind: 'pdf', alt: 'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. 2566–2570)', filename: 'anti-corruption-action-plan-2566-2570.pdf' },
  { key: 'pdf-procurement-plan', kind: 'pdf', alt: 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566', filename: 'procurement-plan-2566.pdf' },
  { key: 'pdf-ethics-code', kind: 'pdf', alt: 'ประมวลจริยธรรมและข้อกำหนดจริยธรรมของเจ้าหน้าที่องค์การบริหารส่วนจังหวัดสุขใจ', filename: 'code-of-ethics.pdf' },
  { key: 'pdf-privacy-policy', kind: 'pdf', alt: 'ประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล องค์การบริหารส่วนจังหวัดสุขใจ', filename: 'privacy-policy.pdf' },
  { key: 'pdf-budget-ordinance', kind: 'pdf', alt: 'ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2566', filename: 'budget-ordinance-2566.pdf' },
  { key: 'pdf-egp-invitation-road', kind: 'pdf', alt: 'ประกาศเชิญชวนประกวดราคาจ้างก่อสร้างถนนลาดยาง สาย สจ.2015', filename: 'egp-invitation-road-sj2015.pdf' },
  { key: 'pdf-annual-report-2565', kind: 'pdf', alt: 'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2565', filename: 'annual-operations-report-2565.pdf' },
]
