import type { z } from 'zod'

/** Adds an issue at each entry whose key an earlier entry already has: `duplicate component key "photo"`. */
export function refuseDuplicateKeys(
  ctx: z.RefinementCtx,
  keys: readonly string[],
  where: (index: number) => PropertyKey[],
  what: string,
): void {
  const seen = new Set<string>()
  keys.forEach((key, index) => {
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: where(index), message: `duplicate ${what} "${key}"` })
    seen.add(key)
  })
}
