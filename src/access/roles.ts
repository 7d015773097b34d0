/**
 * Roles of the people who run a disclosure website. The prepare → review → publish
 * workflow of a later issue builds on these three.
 */
export const ROLES = ['admin', 'publisher', 'editor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_OPTIONS: { label: { en: string; th: string }; value: Role }[] = [
  { label: { th: 'ผู้ดูแลระบบ', en: 'Administrator' }, value: 'admin' },
  { label: { th: 'ผู้ตรวจสอบและเผยแพร่', en: 'Reviewer / publisher' }, value: 'publisher' },
  { label: { th: 'ผู้จัดทำข้อมูล (กอง/สำนัก)', en: 'Editor (division)' }, value: 'editor' },
]

/** Whether a (possibly absent) user holds a role. */
export function hasRole(user: unknown, role: Role): boolean {
  const roles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles) && roles.includes(role)
}
