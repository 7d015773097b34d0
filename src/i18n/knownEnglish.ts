/**
 * Messages Payload (and its rich-text editor, and graphql-js) write in English only, not
 * through its translations: the Thai to put beside each. The English is kept as it is.
 */
export const KNOWN_ENGLISH: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^The following paths? cannot be queried:\s*(.*)$/s, (m) => `ค้นหาหรือเรียงตามช่องต่อไปนี้ไม่ได้: ${m[1]}`],
  [/^Missing ID of (document to update|version to restore|version)/, () => 'ไม่ได้ระบุรหัส (id) ของเอกสารหรือฉบับที่ต้องการ'],
  [/^(\w+) node failed to validate: /, (m) => `ส่วน "${m[1]}" ในข้อความจัดรูปแบบไม่ถูกต้อง`],
  [/^The following fields? (?:is|are) invalid/, () => 'ช่องต่อไปนี้ไม่ถูกต้อง'],
  [/^Something went wrong/, () => 'เกิดข้อผิดพลาดในระบบ'],
  [/^Route not found/, () => 'ไม่มีที่อยู่นี้ใน API'],
  [/^Pasting from URL is not enabled/, () => 'คอลเลกชันนี้ไม่รับไฟล์จาก URL'],
  [/(File size|Multipart|Multipart request size) limit has been reached/, () => 'ไฟล์หรือข้อมูลที่ส่งมาใหญ่เกินกำหนด'],
  [/cannot be duplicated/, () => 'คัดลอกเอกสารในคอลเลกชันนี้ไม่ได้'],
  [/^Verification token is invalid/, () => 'รหัสยืนยันไม่ถูกต้อง'],
  [/^SVG file contains potentially harmful content/, () => 'ไฟล์ SVG มีเนื้อหาที่อาจเป็นอันตราย'],
  [/^(File type|Invalid file type|The file type)/i, () => 'ไม่รับไฟล์ชนิดนี้'],
  [/^Could not read uploaded file/, () => 'อ่านไฟล์ที่อัปโหลดไม่ได้'],
  [/^(No file|A file name is required|Missing file)/i, () => 'ไม่มีไฟล์ที่อัปโหลด'],
  [/^The query exceeds the maximum complexity/, () => 'คำค้น GraphQL ซับซ้อนเกินกำหนด'],
  [/^GraphQL introspection is not allowed/, () => 'ไม่อนุญาตให้อ่านโครงสร้าง (introspection) ของ GraphQL'],
  [/^Syntax Error/, () => 'คำค้น GraphQL เขียนไม่ถูกต้องตามไวยากรณ์'],
  [
    /^(Cannot query field|Unknown (argument|type|fragment|directive)|Fields? "|Argument "|Variable "|Fragment "|Cannot spread fragment|There can be only one|Directive "|Expected|\w+ cannot represent|Must provide|This anonymous operation|Subscriptions are not supported|Unable to detect operation)/,
    () => 'คำค้น GraphQL ไม่ถูกต้อง',
  ],
]

/** A generic Thai (and English) line for each status, when the message itself is unknown. */
export const BY_STATUS: Record<number, { th: string; en: string }> = {
  400: { th: 'คำขอไม่ถูกต้อง', en: 'Bad request' },
  401: { th: 'ต้องเข้าสู่ระบบก่อน', en: 'Sign in first' },
  403: { th: 'ไม่มีสิทธิ์ทำรายการนี้', en: 'Not allowed' },
  404: { th: 'ไม่พบ', en: 'Not found' },
  405: { th: 'ใช้วิธีนี้กับที่อยู่นี้ไม่ได้', en: 'Method not allowed' },
  409: { th: 'ข้อมูลขัดแย้งกับที่มีอยู่', en: 'Conflict' },
  413: { th: 'ข้อมูลที่ส่งมาใหญ่เกินกำหนด', en: 'Too large' },
  415: { th: 'ไม่รับข้อมูลชนิดนี้', en: 'Unsupported media type' },
  423: { th: 'เอกสารถูกล็อกอยู่', en: 'Locked' },
  429: { th: 'ส่งคำขอถี่เกินไป', en: 'Too many requests' },
  500: { th: 'เกิดข้อผิดพลาดในระบบ', en: 'Server error' },
  503: { th: 'ระบบไม่ว่าง โปรดลองอีกครั้ง', en: 'Service unavailable, try again' },
}
