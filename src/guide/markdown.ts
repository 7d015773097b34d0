/**
 * Just enough Markdown for the staff guide (docs/คู่มือ.md) in the admin: headings, lists,
 * code blocks and paragraphs, with `code`, **bold** and [links](…) inline. Not a general
 * Markdown reader: the guide is written for it.
 */
export type Inline = { kind: 'text' | 'code' | 'strong'; text: string } | { kind: 'link'; text: string; href: string }

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; text: string }

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\[[^\]]+\]\([^)]+\))/g

export function inline(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) })
    const [token] = match
    if (token.startsWith('`')) out.push({ kind: 'code', text: token.slice(1, -1) })
    else if (token.startsWith('**')) out.push({ kind: 'strong', text: token.slice(2, -2) })
    else {
      const [, label, href] = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(token)!
      out.push({ kind: 'link', text: label!, href: href! })
    }
    last = match.index + token.length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}

export function parseGuide(source: string): Block[] {
  const blocks: Block[] = []
  const lines = source.replace(/\r\n/g, '\n').split('\n')
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: inline(paragraph.join(' ')) })
    paragraph = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.startsWith('```')) {
      flush()
      const code: string[] = []
      while (++i < lines.length && !lines[i]!.startsWith('```')) code.push(lines[i]!)
      blocks.push({ kind: 'code', text: code.join('\n') })
      continue
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) {
      flush()
      blocks.push({ kind: 'heading', level: heading[1]!.length, content: inline(heading[2]!) })
      continue
    }
    const item = /^\s*(-|\d+\.)\s+(.*)$/.exec(line)
    if (item) {
      flush()
      const ordered = item[1] !== '-'
      const previous = blocks.at(-1)
      // An indented line under an item continues it (a sub-list reads as part of the item).
      if (previous?.kind === 'list' && previous.ordered === ordered && !/^\s/.test(line)) {
        previous.items.push(inline(item[2]!))
      } else if (previous?.kind === 'list' && /^\s/.test(line)) {
        previous.items.at(-1)!.push({ kind: 'text', text: ` · ${item[2]}` })
      } else {
        blocks.push({ kind: 'list', ordered, items: [inline(item[2]!)] })
      }
      continue
    }
    if (!line.trim()) {
      flush()
      continue
    }
    const previous = blocks.at(-1)
    if (!paragraph.length && previous?.kind === 'list' && /^\s+\S/.test(line)) {
      previous.items.at(-1)!.push({ kind: 'text', text: ' ' }, ...inline(line.trim()))
      continue
    }
    paragraph.push(line.trim())
  }
  flush()
  return blocks
}
