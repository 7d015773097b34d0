/** Admin navigation groups shared by the base collections (OIT groups come from the OIT plugin). */
export const SETTINGS_GROUP = { th: 'ตั้งค่าหน่วยงาน', en: 'Organisation settings' }
export const MEDIA_GROUP = { th: 'คลังไฟล์', en: 'Files' }
