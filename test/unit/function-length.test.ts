/**
 * Functions that do one thing (issue 19 item 4, "Done when"): no function in `plugins/`,
 * `src/`, `collections/` or `shared/` is longer than 120 lines. Every `.ts`/`.tsx` file is
 * parsed with TypeScript; declarations, arrow functions, function expressions and methods
 * (constructors and accessors too) are measured from their first to their last line.
 * Generated code stays out: `src/migrations/`, `src/payload-types.ts`, importMap files.
 * A long function should be split (the plugin function only composes; hooks, fields,
 * endpoints and components each in their own factory; a component's state in a hook).
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ROOTS = ['plugins', 'src', 'collections', 'shared']
const MAX_LINES = 120
const SKIP_DIRS = new Set(['node_modules', '.next'])
const GENERATED = [/^src\/migrations\//, /^src\/payload-types\.ts$/, /(^|\/)importMap(\.[^/]*)?$/]

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP_DIRS.has(e.name)) return []
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(full)
    const rel = path.relative(ROOT, full).split(path.sep).join('/')
    if (!/\.tsx?$/.test(e.name) || e.name.endsWith('.d.ts')) return []
    return GENERATED.some((g) => g.test(rel)) ? [] : [rel]
  })
}

type FunctionLike =
  | ts.FunctionDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.AccessorDeclaration

function isFunctionLike(n: ts.Node): n is FunctionLike {
  return (
    ts.isFunctionDeclaration(n) ||
    ts.isArrowFunction(n) ||
    ts.isFunctionExpression(n) ||
    ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) ||
    ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n)
  )
}

/** The function's own name, or the name it is bound to (`const X = () => …`, `{ x: () => … }`). */
function nameOf(n: FunctionLike, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(n)) return 'constructor'
  if (n.name) return n.name.getText(source)
  const parent = n.parent
  if (
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) &&
    parent.name
  ) {
    return parent.name.getText(source)
  }
  if (ts.isCallExpression(parent)) return `(argument of ${parent.expression.getText(source).slice(0, 40)})`
  if (ts.isExportAssignment(parent)) return 'default export'
  if (ts.isReturnStatement(parent)) {
    let outer: ts.Node | undefined = parent.parent
    while (outer && !isFunctionLike(outer)) outer = outer.parent
    return outer ? `(returned by ${nameOf(outer, source)})` : '(returned)'
  }
  return '(anonymous)'
}

export function longFunctions(file: string, text: string, max = MAX_LINES): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const found: string[] = []
  const visit = (n: ts.Node): void => {
    if (isFunctionLike(n)) {
      const first = source.getLineAndCharacterOfPosition(n.getStart(source)).line
      const last = source.getLineAndCharacterOfPosition(n.getEnd()).line
      const lines = last - first + 1
      if (lines > max) found.push(`${file}:${first + 1} ${nameOf(n, source)} (${lines} lines)`)
    }
    ts.forEachChild(n, visit)
  }
  visit(source)
  return found
}

describe('function length', () => {
  it('the measure sees declarations, arrows, function expressions and methods', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i}`).join('\n')
    const text = [
      `export function declared() {\n${body(5)}\n}`,
      `export const arrow = () => {\n${body(5)}\n}`,
      `export const expressed = function () {\n${body(5)}\n}`,
      `class K {\n  method() {\n${body(5)}\n  }\n}`,
      `export const Short = () => 1`,
    ].join('\n')
    expect(longFunctions('x.tsx', text, 6)).toEqual([
      'x.tsx:1 declared (7 lines)',
      'x.tsx:8 arrow (7 lines)',
      'x.tsx:15 expressed (7 lines)',
      'x.tsx:23 method (7 lines)',
    ])
  })

  it(`no function in ${ROOTS.join('/, ')}/ is longer than ${MAX_LINES} lines`, () => {
    const files = ROOTS.flatMap((r) => sourceFiles(path.join(ROOT, r)))
    expect(files.length).toBeGreaterThan(50)
    const long = files.flatMap((f) => longFunctions(f, fs.readFileSync(path.join(ROOT, f), 'utf8')))
    expect(long, `functions longer than ${MAX_LINES} lines:\n${long.join('\n')}`).toEqual([])
  }, 60_000) // parses every source file with typescript: seconds on a loaded machine
})
