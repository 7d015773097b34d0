/**
 * The schedule dialog's date picker shows and returns the browser's own clock; the moment
 * chosen is meant on the clock of the chosen time zone (Asia/Bangkok here), wherever the
 * browser is. These move a wall-clock reading between the two, as Payload's dialog does.
 */
import { TZDate } from '@date-fns/tz'
import { transpose } from 'date-fns'

/** The instant at which the clock in `timeZone` reads what `local` reads on this machine's clock. */
export function fromLocalWallClock(local: Date, timeZone: string): Date {
  return new Date(transpose(local, TZDate.tz(timeZone)).getTime())
}

/** The date on this machine's clock that reads what the clock in `timeZone` reads at `instant`. */
export function toLocalWallClock(instant: Date, timeZone: string): Date {
  return transpose(new TZDate(instant.getTime(), timeZone), Date)
}
