/**
 * The ITAS sheet as files: CSV with a UTF-8 byte-order mark (so Excel shows Thai) through
 * csv-stringify, and XLSX through exceljs (column widths, wrapped text, a frozen header,
 * rows as tall as their text, clickable links, A4 landscape one page wide), both
 * well-kept libraries that Excel and LibreOffice read as they are.
 */
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'

import { SHEET_COLUMNS, type SheetRow } from './sheet'

const BOM = '\uFEFF'

export function toCsv(rows: SheetRow[]): string {
  return (
    BOM +
    stringify(rows, {
      header: true,
      columns: SHEET_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
      record_delimiter: '\r\n',
      // csv-stringify quotes a field that holds the record delimiter (\r\n), not one with a
      // bare \n: cells with several URLs or lines would split into rows in every reader.
      quoted_match: /[\r\n]/,
    })
  )
}

/** Points per line of wrapped text in the sheet's font (Thai marks above and below need room). */
const LINE_HEIGHT = 16
/** Thai vowel and tone marks written above or below a letter take no width of their own. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu

/** How many lines `text` wraps to in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(line.replace(ZERO_WIDTH, '').length / Math.max(1, width - 1))), 0)
}

export async function toXlsx(rows: SheetRow[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Prongsai'
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // A4 landscape, every column on one page wide, as many pages down as it takes; the header repeats.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  })
  sheet.columns = SHEET_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const data of rows) {
    const row = sheet.addRow(data)
    // A cell holds one link, shown on one line: the item's page, and a lone document's page.
    for (const key of ['url', 'documentUrls'] as const) {
      const url = data[key]
      if (!url || url.includes('\n')) continue
      row.getCell(key).value = { text: url, hyperlink: url, tooltip: url }
      row.getCell(key).font = { color: { argb: 'FF0563C1' }, underline: true }
    }
  }
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true }
    // Spreadsheets do not grow a row to its wrapped text when they open a file: say how tall it is.
    const lines = Math.max(
      1,
      ...SHEET_COLUMNS.map((c) => wrappedLines(String((row.getCell(c.key).value as { text?: string })?.text ?? row.getCell(c.key).value ?? ''), c.width)),
    )
    row.height = lines * LINE_HEIGHT
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
