import type { Field } from 'payload'

import { bilingual, type Label } from '@prongsai/shared/bilingual'
import { deriveFiscalYearFrom } from '../hooks/deriveFiscalYear'
import { fiscalYearField } from './fiscalYear'
import { pdfField } from './uploads'

/**
 * A component that a PDF can carry. Keys are stable per collection (not per ITA year),
 * so one statement "the projects are on pages 5–12" serves every framework that asks.
 */
export interface ComponentKey {
  value: string
  label: Label
}

// "5", "5-12", "3, 7-9", "ภาคผนวก ก" is not a page: pages are numbers and ranges.
const PAGES = /^\s*\d+(\s*[-–]\s*\d+)?(\s*,\s*\d+(\s*[-–]\s*\d+)?)*\s*$/

export function validatePages(value: null | string | undefined, args: { required?: boolean } = { required: true }): string | true {
  // Required at publish, not in a draft (collections/fields/rowsRequiredAtPublish.ts).
  if (!value) return args.required === false ? true : bilingual('ต้องระบุหน้าในไฟล์', 'State the pages in the file')
  return PAGES.test(value)
    ? true
    : bilingual('ระบุหน้าเป็นตัวเลขหรือช่วง เช่น 5 หรือ 5-12 หรือ 3, 7-9', 'Give pages as numbers or ranges, e.g. 5, 5-12 or 3, 7-9')
}

export interface DisclosureFieldsOptions {
  /** Whether the document is tied to a fiscal year. */
  fiscalYear: 'none' | 'optional' | 'required'
  /** Components a scanned PDF may carry instead of structured fields. */
  componentKeys?: ComponentKey[]
  /** A date field the fiscal year is derived from (news, announcements, activities). */
  fiscalYearFrom?: string
}

/**
 * Fields every OIT document carries: its fiscal year and responsible division (sidebar)
 * and, for document items, the official PDF with where each component is in it.
 */
export function disclosureFields({
  fiscalYear,
  componentKeys = [],
  fiscalYearFrom,
}: DisclosureFieldsOptions): Field[] {
  const fields: Field[] = []
  if (fiscalYear !== 'none') {
    const field = fiscalYearField({ required: fiscalYear === 'required' })
    fields.push({
      ...field,
      admin: {
        ...field.admin,
        position: 'sidebar',
        readOnly: Boolean(fiscalYearFrom),
        ...(fiscalYearFrom
          ? {
              components: {
                Field: {
                  path: '/collections/components/DerivedFiscalYear#DerivedFiscalYear',
                  clientProps: { from: fiscalYearFrom },
                },
              },
              description: {
                th: 'คำนวณจากวันที่ของเอกสารเอง (ปีงบประมาณเริ่ม 1 ต.ค.) เช่น ธันวาคม 2569 อยู่ในปีงบประมาณ 2570',
                en: 'Derived from the document’s date (a fiscal year starts on 1 Oct), e.g. December 2026 is in FY 2570',
              },
            }
          : {}),
      },
      // beforeValidate: derived before the publish gate (a beforeChange hook) picks the
      // framework by fiscal year.
      hooks: fiscalYearFrom ? { beforeValidate: [deriveFiscalYearFrom(fiscalYearFrom)] } : undefined,
    })
  }
  fields.push({
    name: 'division',
    type: 'relationship',
    relationTo: 'divisions',
    label: { th: 'ส่วนราชการที่รับผิดชอบ', en: 'Responsible division' },
    index: true,
    admin: { position: 'sidebar' },
  })
  if (componentKeys.length > 0) {
    fields.push({
      type: 'collapsible',
      label: { th: 'เอกสาร PDF ฉบับทางการ', en: 'Official PDF document' },
      admin: {
        initCollapsed: true,
        description: {
          th: 'หากเผยแพร่เป็นไฟล์ PDF (เช่น ฉบับสแกน) ให้แนบไฟล์และระบุว่าองค์ประกอบแต่ละข้ออยู่หน้าใด',
          en: 'When published as a PDF (e.g. a scan), attach it and state on which pages each component is',
        },
      },
      fields: [
        pdfField('sourceDocument', { th: 'ไฟล์ PDF', en: 'PDF file' }),
        {
          name: 'componentLocations',
          type: 'array',
          // The document page shows them beside the PDF (`[collection]/[id]/page.tsx`), not as a field.
          custom: { site: { hidden: true } },
          // Short per-collection table name: nested names must stay under SQL's 63 characters.
          dbName: ({ tableName }) => `${tableName}_loc`,
          label: { th: 'ตำแหน่งองค์ประกอบในไฟล์', en: 'Where each component is in the file' },
          labels: {
            singular: { th: 'องค์ประกอบ', en: 'Component' },
            plural: { th: 'องค์ประกอบ', en: 'Components' },
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'component',
                  type: 'select',
                  required: true,
                  options: componentKeys,
                  label: { th: 'องค์ประกอบ', en: 'Component' },
                  admin: { width: '50%' },
                },
                {
                  name: 'pages',
                  type: 'text',
                  required: true,
                  label: { th: 'หน้า', en: 'Pages' },
                  validate: validatePages,
                  admin: { width: '25%', placeholder: '5-12' },
                },
                {
                  name: 'note',
                  type: 'text',
                  label: { th: 'หมายเหตุ', en: 'Note' },
                  admin: { width: '25%' },
                },
              ],
            },
          ],
        },
      ],
    })
  }
  return fields
}
