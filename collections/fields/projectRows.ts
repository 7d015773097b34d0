import type { ArrayField, Condition } from 'payload'

import type { Label } from '@prongsai/shared/bilingual'
import { fiscalYearField } from './fiscalYear'
import { moneyField } from './money'
import { periodFields } from './period'
import { collapsedRows } from './collapsedRows'

export interface ProjectRowsOptions {
  name?: string
  label?: Label
  condition?: Condition
  /** Show the anti-corruption plan's dimension (มิติ) column. */
  withDimension?: boolean
  /** Show the procurement method column (procurement plans). */
  withMethod?: boolean
}

/**
 * Projects or activities of a plan (o11, o19, o36): name, budget (or "no budget", which
 * the checklist asks to state explicitly), period and responsible unit. Multi-year plans
 * such as a 5-year anti-corruption plan give the budget per fiscal year.
 */
export function projectRows(options: ProjectRowsOptions = {}): ArrayField {
  return {
    name: options.name ?? 'projects',
    type: 'array',
    label: options.label ?? { th: 'โครงการ/กิจกรรม', en: 'Projects / activities' },
    labels: {
      singular: { th: 'โครงการ', en: 'Project' },
      plural: { th: 'โครงการ', en: 'Projects' },
    },
    admin: collapsedRows({ condition: options.condition }),
    fields: [
      ...(options.withDimension
        ? [{ name: 'dimension', type: 'text' as const, label: { th: 'มิติ', en: 'Dimension' } }]
        : []),
      { name: 'name', type: 'text', required: true, label: { th: 'ชื่อโครงการ/กิจกรรม', en: 'Name' } },
      {
        type: 'row',
        fields: [
          moneyField('budget', { th: 'งบประมาณ (บาท)', en: 'Budget (baht)' }, { width: '40%' }),
          {
            name: 'noBudget',
            type: 'checkbox',
            label: { th: 'ไม่ใช้งบประมาณ', en: 'No budget used' },
            admin: { width: '30%' },
          },
          ...(options.withMethod
            ? [
                {
                  name: 'method',
                  type: 'text' as const,
                  label: { th: 'วิธีการจัดหา', en: 'Procurement method' },
                  admin: { width: '30%' },
                },
              ]
            : []),
        ],
      },
      {
        name: 'budgetByYear',
        type: 'array',
        label: { th: 'งบประมาณรายปี (แผนหลายปี)', en: 'Budget per fiscal year (multi-year plans)' },
        labels: { singular: { th: 'ปีงบประมาณ', en: 'Fiscal year' }, plural: { th: 'ปีงบประมาณ', en: 'Fiscal years' } },
        admin: collapsedRows(),
        fields: [
          {
            type: 'row',
            fields: [
              { ...fiscalYearField({ required: true }), admin: { width: '50%' } },
              moneyField('amount', { th: 'งบประมาณ (บาท)', en: 'Budget (baht)' }, { width: '50%' }),
            ],
          },
        ],
      },
      periodFields(),
      {
        type: 'row',
        fields: [
          {
            name: 'periodText',
            type: 'text',
            label: { th: 'ช่วงเวลาดำเนินการ (ข้อความ)', en: 'Period (as written)' },
            admin: { placeholder: 'ต.ค. 2565 – ก.ย. 2566', width: '50%' },
          },
          {
            name: 'responsibleUnit',
            type: 'text',
            label: { th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' },
            admin: { width: '50%' },
          },
        ],
      },
    ],
  }
}
