/** The rule engine on its own: pure data in, verdict out. */
import { describe, expect, it } from 'vitest'

import { evaluate, runCheck, selectRuleSets, isPresent, mergeForJudgement } from '@prongsai/publish-gate/utilities'
import type { RuleSet } from '@prongsai/publish-gate/types'

const label = { th: 'รูปถ่าย', en: 'Photo' }
const message = { th: 'ขาดรูปถ่าย', en: 'Photo is missing' }

const executiveRules: RuleSet = {
  id: 'demo:o2',
  label: { th: 'ข้อมูลผู้บริหาร', en: 'Executives' },
  when: {},
  attachment: { filePath: 'sourceDocument', locationsPath: 'componentLocations' },
  rules: [
    { id: 'o2.name', level: 'required', label: { th: 'ชื่อ', en: 'Name' }, message: { th: 'ขาดชื่อ', en: 'Name is missing' }, check: { type: 'present', path: 'name' } },
    { id: 'o2.photo', level: 'required', label, message, check: { type: 'present', path: 'photo' }, attachmentKey: 'photo' },
    {
      id: 'o2.contact',
      level: 'recommended',
      label: { th: 'ช่องทางติดต่อ', en: 'Contact' },
      message: { th: 'ขาดช่องทางติดต่อ', en: 'Contact is missing' },
      check: { type: 'anyOf', checks: [{ type: 'present', path: 'contact.phone' }, { type: 'present', path: 'contact.email' }] },
    },
  ],
}

describe('isPresent', () => {
  it.each([
    ['text', 'ก', true],
    ['blank text', '   ', false],
    ['zero', 0, true],
    ['NaN', Number.NaN, false],
    ['true', true, true],
    ['false', false, false],
    ['empty list', [], false],
    ['an id', 12, true],
    ['a populated file', { id: 'abc', mimeType: 'image/png' }, true],
    ['empty rich text', { root: { children: [{ children: [{ text: ' ', type: 'text' }], type: 'paragraph' }] } }, false],
    ['rich text', { root: { children: [{ children: [{ text: 'อำนาจหน้าที่', type: 'text' }], type: 'paragraph' }] } }, true],
    ['null', null, false],
  ])('%s', (_name, value, expected) => {
    expect(isPresent(value)).toBe(expected)
  })
})

describe('evaluate', () => {
  it('lists what is missing, warns on recommended, and scores required only', () => {
    const result = evaluate([executiveRules], { name: 'นายก' })
    expect(result.complete).toBe(false)
    expect(result.missing.map((f) => f.ruleId)).toEqual(['o2.photo'])
    expect(result.missing[0]).toMatchObject({ path: 'photo', level: 'required', message })
    expect(result.warnings.map((f) => f.ruleId)).toEqual(['o2.contact'])
    expect(result.score).toBe(50)
    expect(result.judgedBy).toEqual([{ id: 'demo:o2', label: executiveRules.label }])
  })

  it('accepts the structured field and says so', () => {
    const result = evaluate([executiveRules], { name: 'นายก', photo: 7, contact: { email: 'a@b.go.th' } })
    expect(result.complete).toBe(true)
    expect(result.score).toBe(100)
    expect(result.satisfied.find((f) => f.ruleId === 'o2.photo')?.via).toBe('fields')
  })

  it('accepts an attached PDF with a page statement instead, and says so', () => {
    const doc = { name: 'นายก', sourceDocument: 3, componentLocations: [{ component: 'photo', pages: '2' }] }
    const result = evaluate([executiveRules], doc)
    expect(result.complete).toBe(true)
    expect(result.satisfied.find((f) => f.ruleId === 'o2.photo')?.via).toBe('attachment')
    // The statement without the file does not count.
    expect(evaluate([executiveRules], { ...doc, sourceDocument: null }).complete).toBe(false)
  })

  it('lets a declaration of none with its explanation stand in for the rows', () => {
    const monthly: RuleSet = {
      id: 'demo:o21',
      label: { th: 'สขร.1', en: 'Monthly summary' },
      when: {},
      declaredNone: { path: 'declaredNone' },
      rules: [{ id: 'o21.rows', level: 'required', label, message, check: { type: 'rows', path: 'rows', min: 1, each: ['work'] } }],
    }
    expect(evaluate([monthly], {}).complete).toBe(false)
    expect(evaluate([monthly], { declaredNone: { isNone: true } }).complete).toBe(false)
    const none = evaluate([monthly], { declaredNone: { isNone: true, explanation: 'ไม่มีการจัดซื้อจัดจ้าง' } })
    expect(none.complete).toBe(true)
    expect(none.satisfied[0]?.via).toBe('declared-none')
  })

  it('selects rule sets by equality and year range, undated ones to the newest', () => {
    const older: RuleSet = { ...executiveRules, id: 'ita-2566', when: { kind: 'annual' }, year: { path: 'fiscalYear', max: 2566, undated: false } }
    const newer: RuleSet = { ...executiveRules, id: 'ita-2569', when: { kind: 'annual' }, year: { path: 'fiscalYear', min: 2567, undated: true } }
    const ids = (doc: Record<string, unknown>) => selectRuleSets([older, newer], doc).map((s) => s.id)
    expect(ids({ kind: 'annual', fiscalYear: 2565 })).toEqual(['ita-2566'])
    expect(ids({ kind: 'annual', fiscalYear: 2566 })).toEqual(['ita-2566'])
    expect(ids({ kind: 'annual', fiscalYear: 2570 })).toEqual(['ita-2569'])
    expect(ids({ kind: 'annual' })).toEqual(['ita-2569'])
    expect(ids({ kind: 'action', fiscalYear: 2566 })).toEqual([])
  })
})

describe('checks', () => {
  const custom = { isEven: (doc: Record<string, unknown>) => Number(doc.n) % 2 === 0 }
  it.each([
    [{ type: 'rows', path: 'p', min: 2, each: ['name'] } as const, { p: [{ name: 'a' }, { name: 'b' }] }, true],
    [{ type: 'rows', path: 'p', min: 2, each: ['name'] } as const, { p: [{ name: 'a' }] }, false],
    [{ type: 'rows', path: 'p', min: 1, each: [['budget', 'noBudget']] } as const, { p: [{ budget: 0 }, { noBudget: true }] }, true],
    [{ type: 'rows', path: 'p', min: 1, each: [['budget', 'noBudget']] } as const, { p: [{ noBudget: false }] }, false],
    [{ type: 'equals', path: 'g.flag', value: true } as const, { g: { flag: true } }, true],
    [{ type: 'greaterThan', path: 'end', otherPath: 'start' } as const, { start: 2566, end: 2570 }, true],
    [{ type: 'greaterThan', path: 'end', otherPath: 'start' } as const, { start: 2566, end: 2566 }, false],
    [{ type: 'upload', path: 'f', mimeTypes: ['application/pdf'] } as const, { f: { id: 1, mimeType: 'image/png' } }, false],
    [{ type: 'upload', path: 'f', mimeTypes: ['image/*'] } as const, { f: { id: 1, mimeType: 'image/png' } }, true],
    [{ type: 'dateWithin', path: 'd', from: '2022-09-30T17:00:00Z', to: '2023-09-30T17:00:00Z' } as const, { d: '2023-09-30T16:59:59Z' }, true],
    [{ type: 'dateWithin', path: 'd', from: '2022-09-30T17:00:00Z', to: '2023-09-30T17:00:00Z' } as const, { d: '2023-09-30T17:00:00Z' }, false],
    [{ type: 'custom', name: 'isEven' } as const, { n: 4 }, true],
    [{ type: 'custom', name: 'isEven' } as const, { n: 3 }, false],
  ])('%j on %j → %s', (check, doc, expected) => {
    expect(runCheck(check as never, doc, custom)).toBe(expected)
  })
})

describe('mergeForJudgement', () => {
  it('judges a partial update against the saved document', () => {
    const saved = { name: 'นายก', contact: { phone: '0 5451 1234', email: 'a@b.go.th' }, rows: [{ a: 1 }, { a: 2 }] }
    expect(mergeForJudgement(saved, { contact: { phone: '' }, rows: [{ a: 3 }] })).toEqual({
      name: 'นายก',
      contact: { phone: '', email: 'a@b.go.th' },
      rows: [{ a: 3 }],
    })
  })
})
