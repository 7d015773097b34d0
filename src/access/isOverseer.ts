/**
 * An overseer (a provincial office, a vendor's support desk) reads the organisations it is
 * given and changes nothing: every write access refuses it (src/tenancy/overseersReadOnly.ts).
 */
export function isOverseer(user: unknown): boolean {
  return (user as { platformRole?: unknown } | null | undefined)?.platformRole === 'overseer'
}
