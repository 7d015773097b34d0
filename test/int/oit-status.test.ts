/**
 * What an assessor would find: on the demo อบจ., each status an item can take is built
 * through the REST API (a draft-only plan, too few executives, last year's annual report,
 * a month without สขร.1, six-month data that stops in January, a declaration of none,
 * nothing at all, the EIT QR code gone, a top executive unpublished) and the status
 * engine must name it, with the reasons. Then the ITAS sheet is read back, and the
 * endpoints are checked for who may read what.
 */
import ExcelJS from 'exceljs'
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import { promisify } from 'node:util'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { wrappedLines, SHEET_COLUMNS } from '@prongsai/oit/utilities'
import type { SheetRow, ItemStatus, YearStatus } from '@prongsai/oit/types'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { printWithLibreOffice, readCsvIndependently } from '../helpers/office'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const execFileAsync = promisify(execFile)
let t: TestPayload
let rest: RestClient
let status: YearStatus
const item = (code: string) => status.items.find((i) => i.code === code) as ItemStatus

async function ids(collection: string, where: string): Promise<number[]> {
  const res = await rest.get(`/${collection}?${where}&limit=100&depth=0&draft=true`)
  return res.body.docs.map((d: { id: number }) => d.id)
}

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)

  // o4 drafts only: the development plan taken back to draft.
  for (const id of await ids('plans', 'where[kind][equals]=development')) {
    expect((await rest.patch(`/plans/${id}`, { _status: 'draft' })).status).toBe(200)
  }
  // o13 stale: the annual report is of FY 2564, not 2565.
  for (const id of await ids('reports', 'where[kind][equals]=annual&where[subject][equals]=operations')) {
    expect((await rest.patch(`/reports/${id}`, { fiscalYear: 2564 })).status).toBe(200)
  }
  // o16 (stale: six-month data that stops in January) and o21 (January still a draft) are
  // deliberate gaps of the demo itself (seed/data/oit-demo/gaps.ts).
  // o19 declared none: the procurement plan replaced by a declaration that there is none.
  for (const id of await ids('plans', 'where[kind][equals]=procurement')) {
    expect((await rest.delete(`/plans/${id}`)).status).toBe(200)
  }
  const declaration = await rest.post('/plans', {
    title: 'ประกาศ ไม่มีการจัดซื้อจัดจ้างที่ต้องจัดทำแผน ปีงบประมาณ พ.ศ. 2566',
    kind: 'procurement',
    fiscalYear: 2566,
    declaredNone: { isNone: true, explanation: 'ปีงบประมาณ พ.ศ. 2566 ไม่มีโครงการจัดซื้อจัดจ้างวงเงินเกิน 5 แสนบาท' },
    _status: 'published',
  })
  expect(declaration.status, JSON.stringify(declaration.body)).toBe(201)
  // o20 missing: every announcement deleted.
  for (const id of await ids('procurement-announcements', 'where[fiscalYear][equals]=2566')) {
    expect((await rest.delete(`/procurement-announcements/${id}`)).status).toBe(200)
  }
  // o6 missing: no law at all.
  for (const id of await ids('laws', 'where[id][exists]=true'))
    expect((await rest.delete(`/laws/${id}`)).status).toBe(200)
  // o43 item check: the profile without its EIT survey.
  const [profile] = await ids('organisations', 'where[id][exists]=true')
  // An emptied link is stored as '' on SQLite: still no survey.
  expect((await rest.patch(`/organisations/${profile}`, { eitSurvey: { url: '', qrCode: null } })).status).toBe(200)
  // o2: the top executive unpublished (so there is none on the site).
  for (const id of await ids('executives', 'where[rank][equals]=top')) {
    expect((await rest.patch(`/executives/${id}`, { _status: 'draft' })).status).toBe(200)
  }

  const res = await rest.get('/oit/2566/status')
  expect(res.status).toBe(200)
  status = res.body
})

afterAll(async () => {
  await t?.cleanup()
})

describe('the status of each item', () => {
  it.each([
    ['o14', 'complete', []],
    ['o4', 'incomplete', ['drafts-only']],
    ['o13', 'stale', ['out-of-window']],
    ['o16', 'stale', ['out-of-window']],
    ['o21', 'incomplete', ['month-missing', 'drafts-only']],
    ['o20', 'missing', ['nothing']],
    ['o33', 'stale', ['out-of-window']],
    ['o41', 'incomplete', ['drafts-only']],
    ['o19', 'declared-none', []],
    ['o6', 'missing', ['nothing']],
    ['o43', 'incomplete', ['item-check-failed']],
    ['o2', 'incomplete', ['item-check-failed']],
  ])('%s is %s, for the reasons %j', (code, expected, reasonCodes) => {
    const found = item(code)
    expect(found.status, JSON.stringify(found.reasons)).toBe(expected)
    for (const reason of reasonCodes) expect(found.reasons.map((r) => r.code)).toContain(reason)
    for (const reason of found.reasons) {
      expect(reason.message.th).toMatch(/[ก-๙]/)
      expect(reason.message.en).toMatch(/[A-Za-z]/)
    }
  })

  it('names the document and what is wrong', () => {
    const o13 = item('o13').reasons.find((r) => r.code === 'out-of-window')!
    expect(o13.document?.adminUrl).toMatch(/^\/admin\/collections\/reports\/\d+$/)
    expect(o13.message.th).toContain('ปีงบประมาณ 2564')
    expect(item('o21').reasons.map((r) => r.message.th)).toContain('สขร.1 เดือนมกราคม 2566 ยังไม่ได้เผยแพร่หรือยังไม่ครบ')
    // The April draft lies outside the first half: no reason to mention it.
    expect(item('o21').reasons.map((r) => r.code)).not.toContain('out-of-window')
    expect(item('o21').nextDue).toEqual({
      date: '2023-01-31',
      overdue: true,
      what: expect.objectContaining({ th: 'สขร.1 เดือนมกราคม 2566' }),
    })
    expect(item('o16').reasons[0]!.message.th).toContain(
      'ข้อมูลถึง 31 มกราคม 2566 ยังไม่ครบรอบ 6 เดือน (ต้องถึง 31 มีนาคม 2566)',
    )
    expect(item('o16').lastPublishedAt).toBeTruthy()
    expect(item('o43').reasons[0]!.component).toBe('o43.eit-qr')
    expect(item('o2').reasons.map((r) => r.component)).toContain('o2.top-executive')
  })

  it('counts, progress, URLs and divisions', () => {
    const total = Object.values(status.counts).reduce((a, b) => a + b, 0)
    expect(total).toBe(43)
    // o2 o4 o6 o13 o16 o19 o20 o21 o33 o41 o43 are not complete; o19 is declared none.
    expect(status.counts.complete).toBe(43 - 11)
    expect(status.counts['declared-none']).toBe(1)
    expect(status.progress).toBe(Math.round(((status.counts.complete + status.counts['declared-none']) / 43) * 100))
    expect(item('o14').url).toMatch(/\/oit\/2566\/o14$/)
    expect(item('o14').documents[0]!.url).toMatch(/\/manuals\/\d+$/)
    expect(item('o14').division.name).toBeTruthy()
    expect(item('o14').lastPublishedAt).toBeTruthy()
  })

  it('an item of every division is named in the reader\'s language, not always in Thai', async () => {
    const named = async (language: string) => {
      const headers = { 'Accept-Language': language, Cookie: `payload-lng=${language}` }
      const items = (await rest.get('/oit/2566/status', { headers })).body.items as ItemStatus[]
      const all = items.filter((i) => i.division.code === 'all')
      expect(all.length).toBeGreaterThan(0)
      return new Set(all.map((i) => i.division.name))
    }
    expect(await named('en')).toEqual(new Set(['All divisions']))
    expect(await named('th')).toEqual(new Set(['ทุกส่วนราชการ']))
  })

  it('filters by division', async () => {
    const res = await rest.get('/oit/2566/status?division=finance')
    expect(res.status).toBe(200)
    expect(res.body.items.map((i: ItemStatus) => i.code)).toEqual(expect.arrayContaining(['o19', 'o20', 'o21', 'o22']))
    expect(res.body.items.every((i: ItemStatus) => ['finance', 'all'].includes(i.division.code))).toBe(true)
  })

  it('the downloads follow the division filter: ?division= gives only that division\'s rows, in every format', async () => {
    const all = (await rest.get('/oit/2566/export?format=json')).body.rows as SheetRow[]
    const mine = (await rest.get('/oit/2566/status?division=finance')).body.items as ItemStatus[]
    const res = await rest.get('/oit/2566/export?format=json&division=finance')
    expect(res.status).toBe(200)
    const rows = res.body.rows as SheetRow[]
    expect(rows.map((r) => r.code)).toEqual(mine.map((i) => i.code))
    expect(rows.length).toBeLessThan(all.length)
    const names = new Set(mine.map((i) => i.division.name ?? i.division.code))
    expect(rows.every((r) => names.has(r.division))).toBe(true)
    // The CSV and XLSX are the same rows (the file name says which division).
    const csv = await raw('/oit/2566/export?format=csv&division=finance')
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toContain('-finance.csv')
    const text = await csv.text()
    const [, ...csvRows] = await readCsvIndependently(text)
    expect(csvRows.map((r) => r[0])).toEqual(mine.map((i) => i.code))
  })

  it('an unknown division in the download is a 400, not every row', async () => {
    const res = await rest.get('/oit/2566/export?format=json&division=no-such-division')
    expect(res.status).toBe(400)
  })
})

describe('who may read what', () => {
  it('status and export are for signed-in staff only', async () => {
    expect((await rest.get('/oit/2566/status', { token: null })).status).toBe(401)
    expect((await rest.get('/oit/2566/export?format=csv', { token: null })).status).toBe(401)
  })

  it('the public index lists published documents only, with no reasons', async () => {
    const res = await rest.get('/oit/2566', { token: null })
    expect(res.status).toBe(200)
    expect(res.body.items).toHaveLength(43)
    const text = JSON.stringify(res.body)
    expect(text).not.toContain('reasons')
    expect(text).not.toContain('"draft"')
    const o4 = res.body.items.find((i: { code: string }) => i.code === 'o4')
    expect(o4.documents).toEqual([])
  })

  it('an unknown or malformed year is a 404 or 400', async () => {
    expect((await rest.get('/oit/2555', { token: null })).status).toBe(404)
    expect((await rest.get('/oit/abc/status')).status).toBe(400)
    expect((await rest.get('/oit/2566/export?format=pdf')).status).toBe(400)
  })
})

/** The response itself (bytes, headers), as a browser downloading the file gets it. */
function raw(path: string): Promise<Response> {
  // A browser always sends Host: the sheet's links are built on it when NEXT_PUBLIC_SERVER_URL is unset.
  const headers = new Headers({ Authorization: `JWT ${rest.token}`, host: 'localhost:3000' })
  return handleEndpoints({ config: t.config, request: new Request(`http://localhost:3000/api${path}`, { headers }) })
}

describe('the ITAS sheet', () => {
  it('CSV: a UTF-8 byte-order mark, Thai headers and rows intact', async () => {
    const response = await raw('/oit/2566/export?format=csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8').decode(bytes)
    expect(text).toContain('ข้อ,ชื่อข้อ,มี/ไม่มี,URL,URL ของเอกสาร,คำอธิบาย,ส่วนราชการที่รับผิดชอบ,สถานะ')
    expect(text).toContain('o1,โครงสร้าง,มี')
    expect(text).toMatch(/o6,กฎหมายที่เกี่ยวข้อง,ไม่มี/)
  })

  it('CSV: another reader (Python csv) finds one row per item and every cell as the JSON has it, lines included', async () => {
    const text = await (await raw('/oit/2566/export?format=csv')).text()
    const json = (await rest.get('/oit/2566/export?format=json')).body.rows as SheetRow[]
    const [header, ...rows] = await readCsvIndependently(text)
    expect(header).toEqual(SHEET_COLUMNS.map((c) => c.header))
    expect(rows).toHaveLength(43)
    rows.forEach((cells, i) => expect(cells).toEqual(SHEET_COLUMNS.map((c) => json[i]![c.key])))
    // The cells that broke the file before: several URLs, several lines of explanation.
    expect(json.filter((r) => r.documentUrls.includes('\n')).length).toBeGreaterThan(3)
    expect(json.filter((r) => r.explanation.includes('\n')).length).toBeGreaterThan(10)
  })

  it('XLSX: read back by the same library, one row per item, Thai as written', async () => {
    const response = await raw('/oit/2566/export?format=xlsx')
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('ITA 2566')
    expect(sheet.rowCount).toBe(44)
    expect(sheet.getRow(1).getCell(3).value).toBe('มี/ไม่มี')
    const o19 = sheet.getRows(2, 43)!.find((row) => row.getCell(1).value === 'o19')!
    expect(o19.getCell(3).value).toBe('มี')
    expect(o19.getCell(8).value).toBe('ประกาศว่าไม่มี')
    expect(sheet.getColumn(6).width).toBeGreaterThan(40)
  })

  it('XLSX: links that open, rows as tall as their text, A4 landscape one page wide', async () => {
    const response = await raw('/oit/2566/export?format=xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 })
    const rows = sheet.getRows(2, 43)!
    const o1 = rows.find((row) => row.getCell(1).value === 'o1')!
    const link = o1.getCell(4).value as { hyperlink?: string; text?: string }
    expect(link.hyperlink).toMatch(/^https?:\/\/[^/]+\/oit\/2566\/o1$/)
    expect(link.text).toBe(link.hyperlink)
    // Every answered item's page is a link; a lone document's page too.
    const answered = rows.filter((row) => row.getCell(3).value === 'มี')
    expect(answered.every((row) => (row.getCell(4).value as { hyperlink?: string }).hyperlink)).toBe(true)
    const lone = rows.filter((row) => typeof row.getCell(5).value === 'object' && row.getCell(5).value)
    expect(lone.length).toBeGreaterThan(5)
    for (const row of rows) {
      const explanation = String(row.getCell(6).value ?? '')
      expect(row.height, String(row.getCell(1).value)).toBeGreaterThanOrEqual(wrappedLines(explanation, 80) * 16)
    }
  })

  it('XLSX: printed by LibreOffice, every page carries every column, nothing spills to a second page across', async () => {
    const response = await raw('/oit/2566/export?format=xlsx')
    const printed = await printWithLibreOffice(Buffer.from(await response.arrayBuffer()), 'ita-2566-oit')
    try {
      expect(printed.pages.length).toBeGreaterThan(1)
      expect(printed.pages.length).toBeLessThan(20)
      for (const [i, page] of printed.pages.entries()) {
        for (const header of ['มี/ไม่มี', 'URL', 'สถานะ']) expect(page, `page ${i + 1}`).toContain(header)
      }
      const all = printed.pages.join('\n')
      for (const code of ['o1', 'o19', 'o43']) expect(all).toContain(code)
      await fs.mkdir('test-results', { recursive: true })
      await execFileAsync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', printed.file, 'test-results/itas-sheet-libreoffice'])
    } finally {
      await printed.cleanup()
    }
  })

  it('JSON: the same rows', async () => {
    const res = await rest.get('/oit/2566/export?format=json')
    expect(res.body.rows).toHaveLength(43)
    expect(res.body.rows[0]).toMatchObject({ code: 'o1', answer: 'มี' })
  })
})

describe('stored verdicts', () => {
  // Written straight through the adapter, as rules changed since the last save would leave them.
  async function setManuals(data: Record<string, unknown>) {
    for (const id of await ids('manuals', 'where[kind][equals]=work')) {
      await t.payload.db.updateOne({ collection: 'manuals', id, data })
    }
  }

  it('a stored "incomplete" is judged again, not taken: a complete manual still counts', async () => {
    await setManuals({ readiness: 'incomplete' })
    const o14 = (await rest.get('/oit/2566/status')).body.items.find((i: ItemStatus) => i.code === 'o14')
    expect(o14.status, JSON.stringify(o14.reasons)).toBe('complete')
  })

  it('a published manual that lacks its mission makes the item incomplete, naming the component', async () => {
    await setManuals({ readiness: 'incomplete', mission: null })
    const o14 = (await rest.get('/oit/2566/status')).body.items.find((i: ItemStatus) => i.code === 'o14')
    expect(o14.status).toBe('incomplete')
    expect(o14.reasons.map((r: { component?: string }) => r.component)).toContain('o14.mission')
  })
})
