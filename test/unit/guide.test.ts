/**
 * The staff guide (docs/คู่มือ.md, shown in the admin at /admin/guide): it exists, speaks
 * to each role, the README links it, and the admin's reader understands it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { t as translate } from '@payloadcms/translations'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { GuideNavLink } from '../../src/guide/GuideNavLink'
import { appTranslations } from '../../src/i18n/appTranslations'

import { GUIDE_FILE } from '../../src/guide/guideFile'
import { inline, parseGuide } from '../../src/guide/markdown'
import { requestOrigin, siteOrigin, forgetLastSeenOrigin, lastSeenOrigin } from '@prongsai/shared/siteOrigin'

const root = path.resolve(__dirname, '../..')

describe('staff guide', () => {
  const source = fs.readFileSync(path.join(root, GUIDE_FILE), 'utf8')
  const blocks = parseGuide(source)
  const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.content.map((c) => c.text).join('')] : []))

  it('has a section for each role', () => {
    for (const role of ['ผู้จัดทำ', 'ผู้ตรวจทาน', 'ผู้เผยแพร่', 'ผู้ประสานงาน ITA']) {
      expect(headings.some((h) => h.includes(role)), role).toBe(true)
    }
  })

  it('is linked from the README', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    expect(readme).toContain('(docs/คู่มือ.md)')
  })

  it('reads headings, lists, code and inline marks', () => {
    expect(parseGuide('# T\n\n1. a `x`\n2. **b**\n   - c\n\n```\nflow\n```\npara [r](../README.md)')).toEqual([
      { kind: 'heading', level: 1, content: [{ kind: 'text', text: 'T' }] },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ kind: 'text', text: 'a ' }, { kind: 'code', text: 'x' }],
          [{ kind: 'strong', text: 'b' }, { kind: 'text', text: ' · c' }],
        ],
      },
      { kind: 'code', text: 'flow' },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'para ' }, { kind: 'link', text: 'r', href: '../README.md' }] },
    ])
    expect(inline('plain')).toEqual([{ kind: 'text', text: 'plain' }])
  })
})

describe('siteOrigin', () => {
  const req = (headers: Record<string, string>, url = 'http://localhost:3000/api/x') => new Request(url, { headers })

  it('the configured address wins; else Host with X-Forwarded-Proto; else the last seen', () => {
    forgetLastSeenOrigin()
    expect(siteOrigin(undefined, undefined)).toBeUndefined()
    expect(siteOrigin('https://www.example.go.th/path', req({ host: '192.0.2.10' }))).toBe('https://www.example.go.th')
    expect(siteOrigin(undefined, req({ host: '192.0.2.10:8080' }))).toBe('http://192.0.2.10:8080')
    expect(lastSeenOrigin()).toBeUndefined()
    expect(siteOrigin(undefined, req({ host: '192.0.2.10:8080' }), { remember: true })).toBe('http://192.0.2.10:8080')
    expect(lastSeenOrigin()).toBe('http://192.0.2.10:8080')
    const https = req({ host: 'www.a.go.th', 'x-forwarded-proto': 'https, http' })
    expect(siteOrigin(undefined, https, { remember: true })).toBe('https://www.a.go.th')
    expect(siteOrigin(undefined, undefined)).toBe('https://www.a.go.th')
    expect(requestOrigin(req({ host: 'evil.example/path?x' }))).toBeUndefined()
    forgetLastSeenOrigin()
  })
})

describe('the guide link in the admin navigation', () => {
  const link = (language: 'th' | 'en') =>
    renderToStaticMarkup(
      React.createElement(GuideNavLink, {
        payload: { config: { routes: { admin: '/admin' } } } as never,
        i18n: { t: (key: string) => translate({ key, translations: appTranslations[language] as never }) } as never,
      }),
    )

  it("is in the admin's language, from the app's translations (prongsai:guide)", () => {
    expect(link('th')).toBe('<a class="nav__link" href="/admin/guide">คู่มือการใช้งาน</a>')
    expect(link('en')).toBe('<a class="nav__link" href="/admin/guide">Guide</a>')
  })

  it('the app\'s admin words have the same keys in Thai and English, none empty', () => {
    expect(Object.keys(appTranslations.en.prongsai).sort()).toEqual(Object.keys(appTranslations.th.prongsai).sort())
    for (const words of [appTranslations.th.prongsai, appTranslations.en.prongsai])
      for (const text of Object.values(words)) expect(text).not.toBe('')
  })
})
