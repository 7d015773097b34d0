/**
 * Roles of the people who run a disclosure website (seed 000's matrix): divisions prepare
 * (editor), their heads review (reviewer), สำนักปลัด publishes (publisher), and the web
 * admin runs users and settings (admin).
 */
export const ROLES = ['admin', 'publisher', 'reviewer', 'editor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_OPTIONS: { label: { en: string; th: string }; value: Role }[] = [
  { label: { th: 'ผู้ดูแลระบบ', en: 'Administrator' }, value: 'admin' },
  { label: { th: 'ผู้เผยแพร่ (สำนักปลัด)', en: 'Publisher' }, value: 'publisher' },
  { label: { th: 'ผู้ตรวจทาน (หัวหน้ากอง/สำนัก)', en: 'Reviewer (division head)' }, value: 'reviewer' },
  { label: { th: 'ผู้จัดทำข้อมูล (กอง/สำนัก)', en: 'Editor (division)' }, value: 'editor' },
]

/** Roles across organisations (src/access/isPlatformAdmin.ts, isOverseer.ts); only platform administrators grant them. */
export const PLATFORM_ROLE_OPTIONS = [
  { label: { th: 'ผู้ดูแลแพลตฟอร์ม (ทุกองค์กร)', en: 'Platform administrator (all organisations)' }, value: 'administrator' },
  { label: { th: 'ผู้กำกับดูแล (อ่านอย่างเดียว)', en: 'Overseer (read only)' }, value: 'overseer' },
]

/** Whether a (possibly absent) user holds a role. */
export function hasRole(user: unknown, role: Role): boolean {
  const roles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles) && roles.includes(role)
}

/** The id a relationship value holds, populated or not. */
export function idOf(value: unknown): number | string | undefined {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** Ids of the divisions a user belongs to (populated or not). */
export function divisionsOf(user: unknown): (number | string)[] {
  const value = (user as { divisions?: unknown } | null | undefined)?.divisions
  if (!Array.isArray(value)) return []
  return value.map(idOf).filter((id): id is number | string => id !== undefined)
}

/** Whether a division (by id) is one of the user's. */
export function isOwnDivision(user: unknown, division: number | string | undefined): boolean {
  return division !== undefined && divisionsOf(user).some((id) => String(id) === String(division))
}
