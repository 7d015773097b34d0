import type { PayloadRequest } from 'payload'

/** Turns one message in each language (`{ th, en }`) into the text a client gets. */
export type FormatMessage = (byLanguage: Record<string, string>, req: PayloadRequest | undefined) => string

export interface QueryGuardOptions {
  /**
   * How a message in several languages is given to the client.
   * @default the request's language, else English
   */
  formatMessage?: FormatMessage
  /**
   * How deep `and` / `or` may nest in a `where`.
   * @default 8
   */
  maxWhereDepth?: number
  /**
   * How many conditions (field × operator) one `where` may hold.
   * @default 200
   */
  maxConditions?: number
  /**
   * How many values an `in` / `not_in` / `all` list may hold.
   * @default 1000
   */
  maxListValues?: number
  /**
   * Operators the database adapter cannot run (e.g. `all` on Payload's SQL adapters): a 400
   * instead of the database error.
   * @default []
   */
  unsupportedOperators?: string[]
  /**
   * Fields that were renamed, `{ formerName: name }`: a `where` or `sort` that still uses a
   * former name (an older client, a bookmarked query) is read with the present one, on every
   * REST route and every operation. Keep an entry for as long as clients may send the name.
   * @default {}
   */
  formerFieldNames?: Record<string, string>
}
