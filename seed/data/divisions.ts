/**
 * Divisions of a typical อบจ., as named in the OIT responsibility matrix (seed 004,
 * อบจ.แพร่) and the publishing matrix (seed 000, อบจ.เพชรบูรณ์). `code` is the stable
 * key that ITA framework files use for an item's default responsible division.
 */
export interface DivisionSeed {
  code: string
  nameTh: string
  shortName: string
  nameEn: string
}

export const DIVISIONS: DivisionSeed[] = [
  {
    code: 'permanent-secretary',
    nameTh: 'สำนักปลัดองค์การบริหารส่วนจังหวัด',
    shortName: 'สำนักปลัดฯ',
    nameEn: 'Office of the Permanent Secretary',
  },
  {
    code: 'secretariat',
    nameTh: 'สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด',
    shortName: 'สำนักงานเลขานุการ อบจ.',
    nameEn: 'Secretariat Office',
  },
  {
    code: 'strategy',
    nameTh: 'กองยุทธศาสตร์และงบประมาณ',
    shortName: 'กองยุทธศาสตร์ฯ',
    nameEn: 'Division of Strategy and Budget',
  },
  {
    code: 'finance',
    nameTh: 'กองคลัง',
    shortName: 'กองคลัง',
    nameEn: 'Finance Division',
  },
  {
    code: 'procurement',
    nameTh: 'กองพัสดุและทรัพย์สิน',
    shortName: 'กองพัสดุฯ',
    nameEn: 'Division of Procurement and Assets',
  },
  {
    code: 'personnel',
    nameTh: 'กองการเจ้าหน้าที่',
    shortName: 'กองการเจ้าหน้าที่',
    nameEn: 'Personnel Division',
  },
  {
    code: 'engineering',
    nameTh: 'กองช่าง',
    shortName: 'กองช่าง',
    nameEn: 'Engineering Division',
  },
  {
    code: 'education',
    nameTh: 'กองการศึกษา ศาสนาและวัฒนธรรม',
    shortName: 'กองการศึกษาฯ',
    nameEn: 'Division of Education, Religion and Culture',
  },
  {
    code: 'public-health',
    nameTh: 'กองสาธารณสุข',
    shortName: 'กองสาธารณสุข',
    nameEn: 'Public Health Division',
  },
  {
    code: 'internal-audit',
    nameTh: 'หน่วยตรวจสอบภายใน',
    shortName: 'หน่วยตรวจสอบฯ',
    nameEn: 'Internal Audit Unit',
  },
]
