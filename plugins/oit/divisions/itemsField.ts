import type { Field } from 'payload'

import type { Framework } from '../framework/schema'
import { yearLabel } from '../framework/yearLabel'

/** The value naming one item of one year: `2566_o21` (a GraphQL enum name, so no colon). */
export const itemKey = (year: number, code: string) => `${year}_${code}`

/**
 * The items a division answers for in this organisation, when not the framework's default
 * division: the admin reassigns an item by ticking it on the division that now prepares it.
 * Options come from the loaded frameworks, so a new year's file brings its items.
 */
export function itemsField(name: string, frameworks: readonly Framework[]): Field {
  const options = [...frameworks]
    .sort((a, b) => b.year - a.year)
    .flatMap((framework) =>
      framework.items.map((item) => ({
        value: itemKey(framework.year, item.code),
        label: {
          th: `${yearLabel(framework).th} ${item.code} ${item.title.th}`,
          en: `${yearLabel(framework).en} ${item.code} ${item.title.en}`,
        },
      })),
    )
  return {
    name,
    type: 'select',
    hasMany: true,
    options,
    label: {
      th: 'รายการ OIT ที่รับผิดชอบ (แทนค่าเริ่มต้น)',
      en: 'OIT items this division answers for (instead of the default)',
    },
    admin: {
      description: {
        th: 'ปกติแต่ละรายการมีส่วนราชการที่รับผิดชอบตามกรอบการประเมิน เลือกรายการที่หน่วยงานของท่านมอบให้ส่วนราชการนี้แทน',
        en: 'Each item has a default division in the framework; tick the items your organisation gives to this division instead',
      },
    },
  }
}
