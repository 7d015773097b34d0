/**
 * What the date picker does with text typed into a day, month or day-and-time field: our
 * parser reads it (d/m/BE year, Thai month names, Thai digits, "10:30", …) instead of
 * react-datepicker's own, which reads "18/12/2569" as 1 December and "ธันวาคม 69" as
 * January 1969, and no Thai at all against a pattern like "d MMM yo HH:mm".
 * Given to react-datepicker as `onChangeRaw`, which it calls with itself as `this`;
 * preventing the default stops its own parse, so this keeps the text in the input and
 * selects the moment read, or nothing when the text is not (yet) one the field takes.
 */
import type React from 'react'

import {
  type DateInputProblem,
  type DatePrecision,
  parseThaiDateInput,
  parseThaiDateTimeInput,
} from '../parse/thaiDateInput'

/** What is typed: a day, a month, or a day with hours and minutes. */
export type TypedPrecision = DatePrecision | 'minute'

interface Picker {
  props: { minDate?: Date | null; maxDate?: Date | null }
  setState: (state: Record<string, unknown>) => void
  setSelected: (date: Date | null, event: unknown, keepInput?: boolean) => void
}

/** The local (browser) date the text names, or why there is none. */
export function readTypedDate(text: string, precision: TypedPrecision): { date: Date } | { problem: DateInputProblem } {
  if (precision === 'minute') {
    const read = parseThaiDateTimeInput(text)
    return read.ok ? { date: new Date(read.year, read.month - 1, read.day, read.hour, read.minute) } : { problem: read.problem }
  }
  const read = parseThaiDateInput(text, precision)
  // Local midnight of that day; Payload's picker moves it to noon UTC for day and month fields.
  return read.ok ? { date: new Date(read.year, read.month - 1, read.day) } : { problem: read.problem }
}

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()

/**
 * Whether the picker takes `date`: its `minDate`/`maxDate` by the day for days and months
 * (as react-datepicker judges a click), by the minute for a moment ("not in the past").
 */
export function withinLimits(date: Date, precision: TypedPrecision, limits: Picker['props']): boolean {
  const { minDate, maxDate } = limits
  if (precision === 'minute') {
    if (minDate && date.getTime() < Math.floor(minDate.getTime() / 60_000) * 60_000) return false
    return !(maxDate && date.getTime() > maxDate.getTime())
  }
  if (minDate && startOfDay(date) < startOfDay(minDate)) return false
  return !(maxDate && startOfDay(date) > startOfDay(maxDate))
}

export function typedDateHandler(
  precision: TypedPrecision,
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
    const read = readTypedDate(text, precision)
    const problem = 'problem' in read ? read.problem : withinLimits(read.date, precision, this.props) ? null : 'outOfRange'
    if (problem || !('date' in read)) {
      // Never keep an earlier date behind text that says something else: the field is empty
      // (a required one then says so on save) and the problem shows under it.
      report(problem, text)
      this.setSelected(null, event, true)
      return
    }
    report(null, text)
    this.setSelected(read.date, event, true)
  }
}
