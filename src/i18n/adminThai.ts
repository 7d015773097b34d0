/**
 * Corrections to Payload's own Thai admin strings (3.90.2): words left in English
 * ("Block", "Collections", "Token") and three keys whose Thai text is a translator's
 * prompt pasted by mistake (general:clear, general:restoring, version:noLabelGroup).
 * Merged by `config.i18n.translations`; one word per concept as in the README glossary.
 */
export const adminThai = {
  authentication: {
    resetPasswordToken: 'รหัสยืนยันสำหรับเปลี่ยนรหัสผ่าน',
  },
  error: {
    incorrectCollection: 'ประเภทข้อมูลไม่ถูกต้อง',
    tokenInvalidOrExpired: 'รหัสยืนยันไม่ถูกต้องหรือหมดอายุแล้ว',
    verificationTokenInvalid: 'รหัสยืนยันตัวตนไม่ถูกต้อง',
  },
  fields: {
    block: 'ชุดข้อมูล',
    blocks: 'ชุดข้อมูล',
    blockType: 'ประเภทชุดข้อมูล',
    searchForBlock: 'ค้นหาชุดข้อมูล',
    // The button that folds and unfolds a row (a purchase, a bidder…).
    toggleBlock: 'ย่อ/ขยาย',
  },
  general: {
    clear: 'ล้าง',
    collections: 'ประเภทข้อมูล',
    globals: 'ข้อมูลส่วนกลาง',
    deletedCountSuccessfully: 'ลบ {{label}} {{count}} รายการสำเร็จ',
    restoring: 'กำลังกู้คืน…',
  },
  upload: {
    selectCollectionToBrowse: 'เลือกประเภทข้อมูลที่ต้องการค้นหา',
  },
  version: {
    noLabelGroup: 'กลุ่มที่ไม่มีชื่อ',
    viewingVersionGlobal: 'กำลังดูเวอร์ชันของ {{entityLabel}}',
    viewingVersionsGlobal: 'กำลังดูเวอร์ชันของ {{entityLabel}}',
  },
}

/** The one time zone Thai offices work in; Payload's own default list starts at Midway Island. */
export const THAI_TIMEZONES = {
  supportedTimezones: [{ label: 'เวลาประเทศไทย (Asia/Bangkok, UTC+7)', value: 'Asia/Bangkok' }],
  defaultTimezone: 'Asia/Bangkok',
}
