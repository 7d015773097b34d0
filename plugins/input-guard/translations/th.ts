import type { InputGuardTranslations } from './index'

export const th: InputGuardTranslations = {
  'plugin-input-guard': {
    bulkRolledBack: 'ไม่ได้บันทึกรายการใดเลย: มี {{count}} รายการที่บันทึกไม่ได้',
    notAnObject: 'ต้องเป็นชุดข้อมูล (JSON object)',
    notText: 'ต้องเป็นข้อความ',
    tooLong: 'ข้อความยาวเกิน {{max}} ตัวอักษร',
    notNumber: 'ต้องเป็นตัวเลข',
    numberTooLarge: 'ตัวเลขต้องไม่เกิน {{max}}',
    notBoolean: 'ต้องเป็น true หรือ false',
    notDate: 'ต้องเป็นวันที่ (ISO 8601 เช่น 2023-03-31)',
    impossibleDate: 'ไม่มีวันหรือเวลา {{value}} ในปฏิทิน',
    dateOutOfRange: 'ปี ค.ศ. {{year}} อยู่นอกช่วง {{min}}–{{max}} (ส่งปี ค.ศ. ไม่ใช่ พ.ศ.)',
    notOption: 'ค่า "{{value}}" ไม่อยู่ในตัวเลือก ({{options}})',
    notId: 'ต้องเป็นรหัส (id) ของเอกสารที่อ้างถึง',
    notRows: 'ต้องเป็นรายการ (JSON array)',
    tooManyRows: 'มีได้ไม่เกิน {{max}} แถว',
    unknownBlock: 'ไม่รู้จักบล็อกชนิด "{{value}}"',
    notRichText: 'ต้องเป็นข้อความจัดรูปแบบ (Lexical JSON ที่มี root)',
    tooLarge: 'ข้อมูลใหญ่เกิน {{max}} ตัวอักษร',
    notPoint: 'ต้องเป็นพิกัด [ลองจิจูด, ละติจูด]',
    tooDeep: 'ข้อมูลซ้อนกันลึกเกิน {{max}} ชั้น',
    missingReference: 'ไม่พบ {{collection}} รหัส {{id}}',
    malformedMultipart: 'ข้อมูลที่ส่งมาไม่ใช่ multipart/form-data ที่ถูกต้อง',
    malformedBody: 'ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง',
    requestBodyRequired: 'ต้องส่งข้อมูลของเอกสารมาด้วย',
  },
}
