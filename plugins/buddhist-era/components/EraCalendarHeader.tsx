'use client'
/**
 * The date picker's header with the year as people here read it: Buddhist era in the
 * Thai admin (a month and a BE year to choose, or the BE year alone in a month picker),
 * CE in English. Replaces react-datepicker's own header, whose year list is always CE.
 */
import type React from 'react'

import { BE_OFFSET } from '../locale/eraYears'

export interface EraHeaderProps {
  monthDate: Date
  changeMonth: (month: number) => void
  changeYear: (year: number) => void
  decreaseMonth: () => void
  increaseMonth: () => void
  decreaseYear: () => void
  increaseYear: () => void
}

export interface EraHeaderOptions {
  buddhist: boolean
  /** BCP 47 language for month names. */
  language: string
  monthOnly: boolean
  labels: Record<'month' | 'nextMonth' | 'nextYear' | 'previousMonth' | 'previousYear' | 'year' | 'yearPrefix', string>
}

export function eraCalendarHeader(options: EraHeaderOptions) {
  const offset = options.buddhist ? BE_OFFSET : 0
  const monthNames = Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(options.language, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, month, 15)),
    ),
  )
  const yearLabel = options.labels.yearPrefix

  function EraCalendarHeader(props: EraHeaderProps): React.ReactElement {
    const year = props.monthDate.getFullYear()
    const years = Array.from({ length: 41 }, (_, i) => year - 20 + i)
    const { labels } = options
    return (
      <div
        className="era-calendar-header"
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 6, padding: '0 6px 6px' }}
      >
        <button
          type="button"
          aria-label={options.monthOnly ? labels.previousYear : labels.previousMonth}
          onClick={options.monthOnly ? props.decreaseYear : props.decreaseMonth}
        >
          ‹
        </button>
        {options.monthOnly ? null : (
          <select
            aria-label={labels.month}
            value={props.monthDate.getMonth()}
            onChange={(e) => props.changeMonth(Number(e.target.value))}
          >
            {monthNames.map((name, month) => (
              <option key={name} value={month}>
                {name}
              </option>
            ))}
          </select>
        )}
        <select aria-label={labels.year} value={year} onChange={(e) => props.changeYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {`${yearLabel} ${y + offset}`.trim()}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label={options.monthOnly ? labels.nextYear : labels.nextMonth}
          onClick={options.monthOnly ? props.increaseYear : props.increaseMonth}
        >
          ›
        </button>
      </div>
    )
  }
  return EraCalendarHeader
}
