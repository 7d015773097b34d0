'use client'
/**
 * Sidebar checklist: re-judges the form on every keystroke with the same engine the
 * server uses, lists each component once (whichever rule sets ask for it, and at what
 * level), what is missing first (each line jumps to its field), and after a refused
 * publish shows a banner that cannot be mistaken for success.
 */
import type { UIFieldClientProps } from 'payload'

import { useAllFormFields, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useMemo } from 'react'

import { describeGap, type FieldLabels } from '../engine/describeGap'
import { evaluate } from '../engine/evaluate'
import { type ChecklistLine, checklistLines, type JudgedBy, judgedBy, type LineState } from '../engine/lines'
import type { GateLevel, RuleSet } from '../rules/schema'

type Props = UIFieldClientProps & { sets: RuleSet[]; labels?: FieldLabels }

const COLOURS = {
  missing: 'var(--theme-error-500, #c0392b)',
  warning: 'var(--theme-warning-500, #b7791f)',
  ok: 'var(--theme-success-500, #2f855a)',
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Opens every collapsed list row on the way to a field (`rows.2.winner` opens row 3 of `rows`). */
async function openRows(path: string) {
  const keys = path.split('.')
  for (let i = 0; i < keys.length; i++) {
    if (!/^\d+$/.test(keys[i]!)) continue
    const row = document.getElementById(`${keys.slice(0, i).join('-')}-row-${keys[i]}`)
    const toggle = row?.querySelector<HTMLButtonElement>('.collapsible__toggle')
    if (toggle?.classList.contains('collapsible__toggle--collapsed')) {
      toggle.click()
      await sleep(50)
    }
  }
}

function fieldElement(path: string): Element | null {
  const id = `field-${path.replace(/\./g, '__')}`
  return document.getElementById(id) ?? document.querySelector(`[id^="${id}"]`)
}

/** Scrolls to a field and focuses it, opening the rows it sits in (rendered after opening). */
async function jumpTo(path: string) {
  await openRows(path)
  let target = fieldElement(path)
  for (let tries = 0; !target && tries < 30; tries++) {
    await sleep(100)
    target = fieldElement(path)
  }
  target ??= document.getElementById(`field-${path.split('.')[0]}`)
  if (!target) return
  target.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const input = target instanceof HTMLInputElement ? target : target.querySelector('input, textarea, button')
  ;(input as HTMLElement | null)?.focus({ preventScroll: true })
}

const SYMBOLS: Record<LineState, { symbol: string; colour: string }> = {
  missing: { symbol: '✗', colour: COLOURS.missing },
  warning: { symbol: '!', colour: COLOURS.warning },
  info: { symbol: 'i', colour: COLOURS.warning },
  met: { symbol: '✓', colour: COLOURS.ok },
}

const LEVELS: Record<GateLevel, { th: string; en: string }> = {
  required: { th: 'บังคับ', en: 'required' },
  recommended: { th: 'เตือน', en: 'warning' },
  info: { th: 'ข้อมูลประกอบ', en: 'information' },
}

/** One component: its words, who asks for it at what level ("ITA 2566: บังคับ · ITA 2569 (ชั่วคราว): เตือน"). */
function Line({ line, labels = {}, lang }: { line: ChecklistLine; labels?: FieldLabels; lang: 'en' | 'th' }) {
  const { symbol, colour } = SYMBOLS[line.state]
  const via =
    line.via === 'attachment'
      ? lang === 'th'
        ? ' (จากไฟล์ PDF)'
        : ' (from the PDF)'
      : line.via === 'declared-none'
        ? lang === 'th'
          ? ' (ประกาศว่าไม่มี)'
          : ' (declared none)'
        : ''
  const askedBy = line.askedBy.map((a) => `${a.source[lang]}: ${LEVELS[a.level][lang]}`).join(' · ')
  return (
    <li style={{ listStyle: 'none', margin: '0 0 4px' }}>
      <button
        className="publish-gate__line"
        data-rule={line.ruleIds.join(' ')}
        data-state={line.state}
        data-met={line.state === 'met' ? 'yes' : 'no'}
        onClick={() => void jumpTo(line.path)}
        style={{ all: 'unset', cursor: 'pointer', display: 'flex', gap: 6, lineHeight: 1.35 }}
        type="button"
      >
        <span aria-hidden style={{ color: colour, fontWeight: 700 }}>
          {symbol}
        </span>
        <span>
          {line.label[lang]}
          <span style={{ opacity: 0.6 }}>{via}</span>
          <span className="publish-gate__asked-by" style={{ display: 'block', fontSize: 11, opacity: 0.65 }}>
            {askedBy}
          </span>
        </span>
      </button>
      {line.rows?.length ? (
        <ul className="publish-gate__rows" style={{ margin: '2px 0 0 18px', padding: 0 }}>
          {line.rows.map((gap) => (
            <li key={gap.path} style={{ listStyle: 'none', margin: '0 0 2px' }}>
              <button
                className="publish-gate__row"
                data-path={gap.path}
                onClick={() => void jumpTo(gap.path)}
                style={{ all: 'unset', cursor: 'pointer', fontSize: 13, textDecoration: 'underline' }}
                type="button"
              >
                {describeGap(gap, labels, lang)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}

/** "ยังไม่มีเกณฑ์ ITA 2570 — ใช้เกณฑ์ ITA 2569 (ชั่วคราว) เป็นแนวทางชั่วคราว". */
function noStandardText({ name, year, upcoming, guide }: NonNullable<JudgedBy['noStandard']>, lang: 'en' | 'th') {
  if (lang === 'th') {
    return `${upcoming ? 'ยังไม่มี' : 'ไม่มี'}เกณฑ์ ${name} ${year}${guide ? ` — ใช้เกณฑ์ ${guide.th} เป็นแนวทางชั่วคราว` : ''}`
  }
  return `No ${name} ${year} framework${upcoming ? ' yet' : ''}${guide ? ` — ${guide.en} is used as a provisional guide` : ''}`
}

export const Checklist = ({ sets, labels }: Props) => {
  const [fields] = useAllFormFields()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'th' ? 'th' : 'en'
  const data = useMemo(() => {
    // An array field's form state holds its row count; with no rows that is 0, which would
    // read as "present". The server sees an empty list: so must the checklist.
    const normalised = Object.fromEntries(
      Object.entries(fields).map(([path, state]) =>
        state && Array.isArray((state as { rows?: unknown }).rows) && state.value === 0 ? [path, { ...state, value: [] }] : [path, state],
      ),
    )
    return reduceFieldsToValues(normalised, true) as Record<string, unknown>
  }, [fields])
  const result = useMemo(() => evaluate(sets, data), [sets, data])
  const lines = useMemo(() => checklistLines(sets, result), [sets, result])
  const judges = useMemo(() => judgedBy(sets, result, data), [sets, result, data])

  // The server's refusal marks fields with our messages: that is how we know a publish failed.
  // An incomplete row's error starts with the rule's message ("ขาด… — รายการที่ 3: ขาด…").
  const gateMessages = useMemo(() => sets.flatMap((s) => s.rules.map((r) => r.message.th)), [sets])
  // Once the form is complete again the banner goes: stale field errors must never
  // claim "not published" next to a document that has just been published.
  const refused =
    !result.complete &&
    Object.values(fields).some(
      (f) =>
        f &&
        f.valid === false &&
        typeof f.errorMessage === 'string' &&
        gateMessages.some((m) => f.errorMessage === `${m}` || f.errorMessage!.startsWith(`${m} `)),
    )

  if (result.judgedBy.length === 0) return null
  const t = (th: string, en: string) => (lang === 'th' ? th : en)

  return (
    <div className="publish-gate" style={{ marginBottom: 24 }}>
      {refused && (
        <div
          className="publish-gate__refused"
          role="alert"
          style={{
            background: COLOURS.missing,
            borderRadius: 4,
            color: '#fff',
            fontWeight: 600,
            marginBottom: 12,
            padding: '10px 12px',
          }}
        >
          {t('ยังไม่ได้เผยแพร่', 'NOT published')}:{' '}
          {t(`ขาดองค์ประกอบที่จำเป็น ${result.missing.length} รายการ`, `${result.missing.length} required component(s) missing`)}
          <div style={{ fontWeight: 400, marginTop: 4 }}>
            {t('เอกสารยังเป็นฉบับเดิม แก้ไขรายการด้านล่างแล้วกดเผยแพร่อีกครั้ง', 'Nothing was published. Fix the items below, then publish again.')}
          </div>
        </div>
      )}
      <h4 style={{ margin: '0 0 6px' }}>{t('รายการตรวจก่อนเผยแพร่', 'Pre-publish checklist')}</h4>
      <div className="publish-gate__status" style={{ color: result.complete ? COLOURS.ok : COLOURS.missing, fontWeight: 600, marginBottom: 8 }}>
        {result.complete
          ? t(`พร้อมเผยแพร่ (${result.score}%)`, `Ready to publish (${result.score}%)`)
          : t(
              `ยังเผยแพร่ไม่ได้ — ขาด ${result.missing.length} องค์ประกอบ (ทำแล้ว ${result.score}%)`,
              `Cannot publish yet — ${result.missing.length} missing (${result.score}% done)`,
            )}
      </div>
      <ul className="publish-gate__missing" style={{ margin: 0, padding: 0 }}>
        {lines.map((line) => (
          <Line key={line.key} labels={labels} line={line} lang={lang} />
        ))}
      </ul>
      <div className="publish-gate__judged-by" style={{ fontSize: 12, marginTop: 8, opacity: 0.65 }}>
        {t('ตรวจตาม', 'Judged by')}: {judges.sources.map((s) => s[lang]).join(', ')}
        {judges.noStandard ? (
          <div className="publish-gate__no-standard" style={{ fontWeight: 600, opacity: 1 }}>
            {noStandardText(judges.noStandard, lang)}
          </div>
        ) : null}
      </div>
    </div>
  )
}
