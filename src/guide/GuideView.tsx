/**
 * Admin view /admin/guide: the staff guide (docs/คู่มือ.md) for editors, reviewers,
 * publishers and the ITA coordinator, where staff already are.
 */
import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'
import fs from 'node:fs/promises'
import path from 'node:path'
import React from 'react'

import { AdminViewFrame } from '@prongsai/shared/AdminViewFrame'

import { GUIDE_FILE } from './guideFile'
import { type Inline, parseGuide } from './markdown'


function Text({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((part, i) => {
        if (part.kind === 'code') return <code key={i}>{part.text}</code>
        if (part.kind === 'strong') return <strong key={i}>{part.text}</strong>
        // Links into the repository (the README) mean nothing in the admin: their text only.
        if (part.kind === 'link') return /^https?:\/\//.test(part.href) ? <a key={i} href={part.href}>{part.text}</a> : <span key={i}>{part.text}</span>
        return <React.Fragment key={i}>{part.text}</React.Fragment>
      })}
    </>
  )
}

export async function GuideView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  if (!req.user) redirect(`${payload.config.routes.admin}/login`)
  const source = await fs.readFile(path.resolve(process.cwd(), GUIDE_FILE), 'utf8').catch(() => undefined)
  const blocks = source ? parseGuide(source) : []
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <article className="prongsai-guide" lang="th" style={{ maxWidth: 820, margin: '24px 0 48px', lineHeight: 1.7 }}>
        {source === undefined ? <p>{req.i18n.t('prongsai:guideMissing' as never, { file: GUIDE_FILE })}</p> : null}
        {blocks.map((block, i) => {
          if (block.kind === 'heading') {
            const Tag = `h${Math.min(block.level, 4)}` as 'h1'
            return (
              <Tag key={i}>
                <Text content={block.content} />
              </Tag>
            )
          }
          if (block.kind === 'code') return <pre key={i}>{block.text}</pre>
          if (block.kind === 'list') {
            const List = block.ordered ? 'ol' : 'ul'
            return (
              <List key={i} style={{ paddingLeft: 24 }}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Text content={item} />
                  </li>
                ))}
              </List>
            )
          }
          return (
            <p key={i}>
              <Text content={block.content} />
            </p>
          )
        })}
      </article>
    </AdminViewFrame>
  )
}
