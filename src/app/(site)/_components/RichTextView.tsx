import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { safeHref } from '@/site/format'

/**
 * Lexical content through Payload's own JSX converters (React elements, never raw HTML),
 * with links kept to the web, mail and phone: a `javascript:` link becomes plain text.
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const link =
    (kind: 'autolink' | 'link') =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (args: any) => {
      const href = args.node.fields?.linkType === 'internal' ? undefined : safeHref(args.node.fields?.url)
      const children = args.nodesToJSX({ nodes: args.node.children })
      if (!href) return <span data-link={kind}>{children}</span>
      const newTab = Boolean(args.node.fields?.newTab)
      return (
        <a href={href} rel={newTab ? 'noopener noreferrer' : undefined} target={newTab ? '_blank' : undefined}>
          {children}
        </a>
      )
    }
  // The page has its own h1 (and h2 sections): an editor's headings sit one level below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const heading = (args: any) => {
    const level = Math.min(6, Number(String(args.node.tag).slice(1)) + 1)
    const Tag = `h${level}` as 'h2'
    return <Tag>{args.nodesToJSX({ nodes: args.node.children })}</Tag>
  }
  return { ...defaultConverters, heading, link: link('link'), autolink: link('autolink') }
}

export function RichTextView({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object' || !('root' in (data as object))) return null
  return <RichText className="richtext" converters={converters} data={data as SerializedEditorState} />
}
