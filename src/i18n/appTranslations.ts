/**
 * The app's own admin words: those of its admin components (not a plugin's, which live in
 * `plugins/<plugin>/translations/`), under the `prongsai` namespace, read with
 * `t('prongsai:key')` (`i18n.t` in a server component, `useTranslation().t` in a client one).
 * Merged into `config.i18n.translations`; the same keys in both languages.
 */
export const appTranslations = {
  th: {
    prongsai: {
      /** The staff guide's link in the admin navigation (src/guide/GuideNavLink.tsx). */
      guide: 'คู่มือการใช้งาน',
      /** The guide view when its file is missing (src/guide/GuideView.tsx). */
      guideMissing: 'ไม่พบไฟล์คู่มือ ({{file}})',
    },
  },
  en: {
    prongsai: {
      guide: 'Guide',
      guideMissing: 'The guide file is missing ({{file}})',
    },
  },
} satisfies Record<'th' | 'en', { prongsai: Record<string, string> }>
