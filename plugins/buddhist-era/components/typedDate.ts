/**
 * What the date picker does with text typed into a day or month field: our parser reads
 * it (d/m/BE year, Thai month names, Thai digits, …) instead of react-datepicker's own,
 * which reads "18/12/2569" as 1 December and "ธันวาคม 69" as January 1969.
 * Given to react-datepicker as `onChangeRaw`, which it calls with itself as `this`;
 * preventing the default stops its own parse, so this keeps the text in the input and
 * selects the day read, or nothing when the text is not (yet) a date.
 */
import type React from 'react'

import { type DateInputProblem, type DatePrecision, parseThaiDateInput } from '../parse/thaiDateInput'

interface Picker {
  setState: (state: Record<string, unknown>) => void
  setSelected: (date: Date | null, event: unknown, keepInput?: boolean) => void
}

export function typedDateHandler(
  precision: DatePrecision,
  report: (problem: DateInputProblem | null, text: string) => void,
) {
  return function onChangeRaw(this: Picker | undefined, event?: React.ChangeEvent<HTMLInputElement>) {
    // Also called on a click in the calendar (no input, no `this`): leave that alone.
    const input = event?.target
    if (!this || typeof HTMLInputElement === 'undefined' || !(input instanceof HTMLInputElement)) return
    event!.preventDefault()
    const text = input.value
    this.setState({ inputValue: text, lastPreSelectChange: 'input' })
    if (text.trim() === '') {
      report(null, text)
      this.setSelected(null, event, true)
      return
    }
    const read = parseThaiDateInput(text, precision)
    if (!read.ok) {
      // Never keep an earlier date behind text that says something else: the field is empty
      // (a required one then says so on save) and the problem shows under it.
      report(read.problem, text)
      this.setSelected(null, event, true)
      return
    }
    report(null, text)
    // Local midnight of that day; Payload's picker moves it to noon UTC for day and month fields.
    this.setSelected(new Date(read.year, read.month - 1, read.day), event, true)
  }
}
