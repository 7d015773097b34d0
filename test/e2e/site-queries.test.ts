/**
 * No query string makes a public page answer 500 (issue 18.4): for every category page
 * the config gives the site, every filter its form offers, with each of its options and
 * with garbage (wrong type, unknown option, huge, NUL, arrays, nested keys), and the
 * paging and API-looking parameters a crawler or a curious visitor sends; and no staff
 * field (the workflow's, the publish gate's, Payload's own) is ever offered as a filter.
 * The other public pages get the same garbage.
 */
import { describe, expect, inject, it } from 'vitest'

import { OIT_COLLECTIONS } from '../../collections/oit'
import { FIELD } from '@prongsai/workflow/utilities'
import { PROFILE_SLUG } from '../../src/site/collections'

const baseURL = inject('baseURL')
const CATEGORIES = [PROFILE_SLUG, ...OIT_COLLECTIONS.map((c) => c.slug)]
const STAFF = new Set<string>([...Object.values(FIELD), 'readiness', 'completeness'])

const enc = encodeURIComponent
/** Values no filter offers: wrong type, unknown option, huge, NUL, markup, SQL-looking. */
const GARBAGE = ['zzz', '-1', '0', '2566.5', '1e309', 'x'.repeat(4000), '\u0000', 'a\u0000b', '<script>x</script>', "' or 1=1--", '%', '🙂']
/** Query strings written raw: arrays, nested keys, repeated keys. */
const shapes = (name: string) => [
  `${name}[]=1`,
  `${name}[]=1&${name}[]=2`,
  `${name}=a&${name}=b`,
  `${name}[equals]=x`,
  `${name}[a][b][c]=1`,
  `${name}`,
  `${name}=`,
]
const GENERIC = [
  'page=-1',
  'page=0',
  'page=abc',
  'page=1.5',
  'page=99999999999999999999999',
  'page[]=1',
  'page=%00',
  'limit=100000',
  'limit=-1',
  'limit=abc',
  'sort=password',
  'sort=-workflowState',
  'depth=100',
  'draft=true',
  'locale=xx',
  'where[workflowState][equals]=draft',
  'where[or][0][_status][equals]=draft',
  'select[password]=true',
  'fiscalYear=0',
  'fiscalYear=99999',
  'month=0000-00',
  'month=2566-13',
  `${FIELD.state}=published`,
  `${FIELD.action}=approve`,
  'readiness=ready',
  '_status=draft',
  'q=%E0%B8',
  '__proto__[x]=1',
  'constructor[prototype][x]=1',
]

async function get(path: string) {
  const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
  // React's markers between text pieces (`พบ <!-- -->12<!-- --> รายการ`) left out.
  return { status: res.status, text: (await res.text()).replaceAll('<!-- -->', '') }
}

/** The filter form's selects and their option values, as a visitor's browser sees them. */
function offeredFilters(html: string): Map<string, string[]> {
  const form = html.match(/<form class="filters"[\s\S]*?<\/form>/)?.[0] ?? ''
  const out = new Map<string, string[]>()
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    out.set(m[1]!, [...m[2]!.matchAll(/<option[^>]*value="([^"]*)"/g)].map((o) => o[1]!).filter(Boolean))
  }
  return out
}

/** Runs the requests a few at a time (the server is shared) and returns those that answered 5xx. */
async function serverErrors(paths: string[]): Promise<string[]> {
  const failed: string[] = []
  const queue = [...paths]
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
        await res.arrayBuffer()
        if (res.status >= 500) failed.push(`${res.status} ${path.slice(0, 160)}`)
      }
    }),
  )
  return failed
}

describe('category pages and their filters', () => {
  it.each(CATEGORIES)('/%s: only visitor fields offered; every option and every garbage value answers without 500', async (slug) => {
    const first = await get(`/${slug}`)
    expect(first.status).toBe(200)
    const filters = offeredFilters(first.text)
    for (const name of filters.keys()) {
      expect(STAFF.has(name) || name.startsWith('_'), `/${slug} offers the staff field ${name}`).toBe(false)
    }
    // The words the issue saw: the workflow's step and its English action field.
    expect(first.text).not.toContain('Workflow Action')
    expect(first.text).not.toMatch(/>\s*ขั้นตอน\s*</)

    const valid: string[] = []
    const bad: string[] = []
    for (const [name, values] of filters) {
      for (const value of values) valid.push(`/${slug}?${name}=${enc(value)}`)
      for (const value of GARBAGE) bad.push(`/${slug}?${name}=${enc(value)}`)
      bad.push(...shapes(name).map((q) => `/${slug}?${q}`))
    }
    bad.push(...GENERIC.map((q) => `/${slug}?${q}`))
    // All the filters at once, each with an option, then with garbage.
    const all = [...filters].map(([name, values]) => `${name}=${enc(values[0] ?? '')}`).join('&')
    valid.push(`/${slug}?${all}`)
    bad.push(`/${slug}?${all}&${GENERIC.join('&')}`)

    // A value the form offers shows the page.
    for (const path of valid) expect((await get(path)).status, path).toBe(200)
    // Anything else is ignored or refused, never an error page.
    expect(await serverErrors(bad)).toEqual([])
  })

  it('a value that is not an option is ignored: the page lists what it lists without the filter', async () => {
    const plain = await get('/reports')
    const count = plain.text.match(/พบ ([\d๐-๙,]+) รายการ/)?.[1]
    expect(count).toBeDefined()
    for (const q of ['kind=zzz', 'kind[]=annual', `${FIELD.state}=draft`, 'page=abc']) {
      const res = await get(`/reports?${q}`)
      expect(res.status, q).toBe(200)
      expect(res.text.match(/พบ ([\d๐-๙,]+) รายการ/)?.[1], q).toBe(count)
    }
  })
})

describe('the other public pages', () => {
  it('answer garbage query strings without 500', async () => {
    const ids = await Promise.all(
      ['news', 'procurement-monthly-summaries', PROFILE_SLUG].map(async (slug) => {
        const res = await fetch(`${baseURL}/api/${slug}?limit=1&depth=0`)
        const body = (await res.json()) as { docs: { id: number }[] }
        return `/${slug}/${body.docs[0]!.id}`
      }),
    )
    const pages = ['/', '/search', '/oit', '/oit/2566', '/oit/2566/o1', '/contact', '/executives', ...ids]
    const queries = [
      ...GENERIC,
      ...shapes('q'),
      ...GARBAGE.map((v) => `q=${enc(v)}`),
      `q=${'ก'.repeat(5000)}`,
    ]
    expect(await serverErrors(pages.flatMap((p) => queries.map((q) => `${p}?${q}`)))).toEqual([])
  })
})
