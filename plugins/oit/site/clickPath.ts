/**
 * The words of the public site's OIT menu, breadcrumbs and year links, kept in one place so
 * that the click path the ITAS sheet tells an assessor to follow is the one the site shows.
 */
export const OIT_MENU_LABEL = 'ข้อมูลสาธารณะ (OIT)'

/** The year's step of the path, with the year as the site writes it (Thai digits or not). */
export function yearStep(year: number | string): string {
  return `ปี ${year}`
}

/** The item's step: its code and Thai title. */
export function itemStep(item: { code: string; title: { th: string } }): string {
  return `${item.code} ${item.title.th}`
}

/** The menu path from the site's main menu to an item's page. */
export function clickPath(year: number, item: { code: string; title: { th: string } }): string[] {
  return [OIT_MENU_LABEL, yearStep(year), itemStep(item)]
}
