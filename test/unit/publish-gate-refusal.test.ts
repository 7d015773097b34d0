/**
 * A refused publish is known by the answer's structure, not its words: the gate adds an
 * entry with a `code` and the missing rule ids on the checklist's own path, and the admin's
 * banner follows the checklist field's invalid mark. Whatever `formatMessage` makes of the
 * words (English only, a code, nothing), the recognisers give the same answer.
 */
import { describe, expect, it } from 'vitest'

import { CHECKLIST_FIELD, REFUSAL_CODE, refusalEntry, refusalIn, refusedInForm } from '@prongsai/publish-gate/utilities'

const answer = (message: string) => ({
  errors: [
    {
      name: 'ValidationError',
      message: 'The following fields are invalid: photo, publishChecklist',
      data: {
        collection: 'executives',
        errors: [
          { path: 'photo', ruleId: 'o2.photo', level: 'required', message },
          refusalEntry(['o2.photo'], message),
        ],
      },
    },
  ],
})

describe('the gate refusal is recognised by its structure', () => {
  it.each([
    ['Thai / English', 'ขาดรูปถ่าย / Photo is missing'],
    ['English only', 'Photo is missing'],
    ['a code', 'E_GATE'],
    ['nothing', ''],
  ])('in an API answer, whatever the words (%s)', (_, message) => {
    expect(refusalIn(answer(message))).toMatchObject({ code: REFUSAL_CODE, ruleIds: ['o2.photo'], path: CHECKLIST_FIELD })
  })

  it('in GraphQL extensions and on a thrown error`s data', () => {
    const entry = refusalEntry(['a.b'], 'x')
    expect(refusalIn({ errors: [{ extensions: { data: { errors: [entry] } } }] })?.ruleIds).toEqual(['a.b'])
    expect(refusalIn({ data: { errors: [entry] } })?.ruleIds).toEqual(['a.b'])
  })

  it('not in another error, even one whose words are the gate`s', () => {
    const other = { errors: [{ data: { errors: [{ path: 'photo', message: 'ขาดรูปถ่าย / Photo is missing' }] } }] }
    expect(refusalIn(other)).toBeUndefined()
    expect(refusalIn(undefined)).toBeUndefined()
    expect(refusalIn({ errors: [{ message: 'Not Found' }] })).toBeUndefined()
  })

  it('in the admin form: the checklist field marked invalid by the server, whatever its message', () => {
    // What Payload's ADD_SERVER_ERRORS makes of the entry: its path, invalid, with the message.
    expect(refusedInForm({ [CHECKLIST_FIELD]: { valid: false, errorMessage: 'anything at all' } as never })).toBe(true)
    expect(refusedInForm({ [CHECKLIST_FIELD]: { valid: true } })).toBe(false)
    expect(refusedInForm({ photo: { valid: false, errorMessage: 'ขาดรูปถ่าย / Photo is missing' } as never })).toBe(false)
    expect(refusedInForm({ custom: { valid: false } }, 'custom')).toBe(true)
  })
})
