/**
 * Minimal Lexical JSON for seed content: paragraphs and headings of plain Thai text, the
 * shape Payload's rich-text fields store.
 */
type Node = Record<string, unknown>

function text(value: string): Node {
  return { type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

function block(type: 'heading' | 'paragraph', value: string, tag?: string): Node {
  return {
    type,
    ...(tag ? { tag } : {}),
    children: [text(value)],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    ...(type === 'paragraph' ? { textFormat: 0, textStyle: '' } : {}),
  }
}

/** Rich text from paragraphs; a line starting with "# " becomes a heading. */
export function richText(...lines: string[]) {
  return {
    root: {
      type: 'root',
      children: lines.map((line) => (line.startsWith('# ') ? block('heading', line.slice(2), 'h3') : block('paragraph', line))),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
