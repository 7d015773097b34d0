/**
 * Independent readers for the files the ITA coordinator downloads: Python's own `csv`
 * module for CSV (not the library that wrote it), and LibreOffice, which offices use, to
 * print an XLSX to PDF, read back page by page with poppler's pdftotext. CI installs both
 * (`.ci/run`); without them these tests fail and say what to install.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The rows of a CSV file as Python's csv module reads them (BOM dropped). */
export async function readCsvIndependently(text: string): Promise<string[][]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'prongsai-csv-'))
  try {
    const file = path.join(dir, 'sheet.csv')
    await fs.writeFile(file, text, 'utf8')
    const { stdout } = await run('python3', [
      '-c',
      'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f:\n    print(json.dumps(list(csv.reader(f)), ensure_ascii=False))',
      file,
    ])
    return JSON.parse(stdout) as string[][]
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

export interface PrintedPdf {
  /** The text of each printed page. */
  pages: string[]
  /** The PDF file (kept for a look: a test may render it to PNG). */
  file: string
  cleanup: () => Promise<void>
}

/** Prints a spreadsheet with LibreOffice as an office would, and reads the PDF back by page. */
export async function printWithLibreOffice(xlsx: Buffer, name = 'sheet'): Promise<PrintedPdf> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'prongsai-print-'))
  const input = path.join(dir, `${name}.xlsx`)
  await fs.writeFile(input, xlsx)
  const profile = `file://${path.join(dir, `profile-${randomBytes(4).toString('hex')}`)}`
  try {
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      timeout: 120_000,
    })
  } catch (error) {
    throw new Error(`LibreOffice could not print the sheet (apt-get install -y libreoffice-calc-nogui poppler-utils): ${String(error)}`)
  }
  const file = path.join(dir, `${name}.pdf`)
  const { stdout: info } = await run('pdfinfo', [file])
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
  const pages: string[] = []
  for (let page = 1; page <= count; page++) {
    const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'])
    pages.push(stdout)
  }
  return { pages, file, cleanup: () => fs.rm(dir, { recursive: true, force: true }) }
}
