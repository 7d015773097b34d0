import { bilingual } from '@prongsai/shared/bilingual'

/** Why a GraphQL request is refused before it runs, in Thai and English. */
export const limitMessages = {
  tooLong: (max: number) =>
    bilingual(`คำค้น GraphQL ยาวเกิน ${max} ตัวอักษร`, `GraphQL: the query is longer than ${max} characters`),
  cycle: (names: string[]) =>
    bilingual(
      `คำค้น GraphQL มี fragment ที่อ้างถึงตัวเองเป็นวง: ${names.join(', ')}`,
      `GraphQL: these fragments spread themselves in a cycle: ${names.join(', ')}`,
    ),
  depth: (max: number) =>
    bilingual(`คำค้น GraphQL ซ้อนกันลึกเกิน ${max} ชั้น`, `GraphQL: the query nests deeper than ${max} levels`),
  aliases: (max: number) =>
    bilingual(`คำค้น GraphQL ใช้ชื่อแทน (alias) เกิน ${max} ชื่อ`, `GraphQL: the query has more than ${max} aliases`),
  rootFields: (max: number) =>
    bilingual(
      `คำค้น GraphQL ขอข้อมูลระดับบนสุดเกิน ${max} รายการในครั้งเดียว`,
      `GraphQL: the query asks for more than ${max} root fields at once`,
    ),
  fields: (max: number) =>
    bilingual(
      `คำค้น GraphQL ขอช่องข้อมูลเกิน ${max} ช่อง (นับ fragment ทุกครั้งที่ใช้)`,
      `GraphQL: the query selects more than ${max} fields (fragments counted each time they are spread)`,
    ),
}
