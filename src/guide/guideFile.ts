import path from 'node:path'

/** Where the staff guide is, from the app's folder (shown in the admin at /admin/guide). */
export const GUIDE_FILE = path.join('docs', 'คู่มือ.md')
