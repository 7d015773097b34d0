/**
 * The ITAS sheet as files: CSV with a UTF-8 byte-order mark (so Excel shows Thai) through
 * csv-stringify, and XLSX through exceljs (column widths, wrapped text, a frozen header),
 * both well-kept libraries that Excel and LibreOffice read as they are.
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
    })
  )
}

export async function toXlsx(rows: SheetRow[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Prongsai'
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = SHEET_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true }
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
