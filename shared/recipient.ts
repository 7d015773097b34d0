/**
 * Someone an e-mail goes to, for the plugins that send mail (workflow, OIT reminders):
 * - a plain address: the reader's language is unknown, so the message is in every
 *   language the plugin has (Thai first, English beside it, as today);
 * - `{ email, language }`: the message is in that language only, when the plugin has
 *   translations for it (`th`, `en`); any other or no language counts as unknown.
 */
export type Recipient = string | { email: string; language?: null | string }

/** Addresses that get the same message: one language, or `undefined` for every language. */
export interface RecipientGroup {
  language: string | undefined
  to: string[]
}

/** The address of a recipient, trimmed ('' when there is none). */
export function addressOf(recipient: Recipient): string {
  return (typeof recipient === 'string' ? recipient : (recipient?.email ?? '')).trim()
}

/**
 * The recipients by the language of their message, each address once (its first mention
 * counts), in the order the groups are first met. `languages`: those the sender has
 * translations for; any other language goes to the group of every language (`undefined`).
 */
export function byLanguage(recipients: readonly Recipient[], languages: readonly string[]): RecipientGroup[] {
  const seen = new Set<string>()
  const groups = new Map<string | undefined, string[]>()
  for (const recipient of recipients) {
    const address = addressOf(recipient)
    if (!address || seen.has(address)) continue
    seen.add(address)
    const wanted = typeof recipient === 'string' ? undefined : (recipient.language ?? undefined)
    const language = wanted && languages.includes(wanted) ? wanted : undefined
    groups.set(language, [...(groups.get(language) ?? []), address])
  }
  return [...groups].map(([language, to]) => ({ language, to }))
}
