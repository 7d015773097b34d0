/**
 * The size of a parsed GraphQL document, with fragments expanded, measured without ever
 * following a fragment cycle or recursing deeper than the depth limit: a cyclic fragment
 * (which crashes Payload's own cost estimate with a stack overflow), a fragment bomb (each
 * fragment spreading the next twice: 2^n fields from n lines) and a 100,000-deep query are
 * all measured in time proportional to the text.
 */
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'

export interface Stats {
  /** Deepest nesting of fields. */
  depth: number
  /** Field selections. */
  fields: number
  /** Selections with an alias. */
  aliases: number
  /** Fields at the top level of the selection (for an operation: its root fields). */
  top: number
}

export interface DocumentShape {
  /** Fragments in a cycle of spreads (or spreading one that is): they can never be expanded. */
  cycles: string[]
  /** The largest of each measure over the document's operations. */
  worst: Stats
}

const ZERO: Stats = { depth: 0, fields: 0, aliases: 0, top: 0 }

/**
 * Measures `document`; counts stop growing past `cap` (any limit + 1 is enough), and nesting
 * (of fields, and of inline fragments) is not followed past twice `maxDepth`: the depth then
 * reads more than `maxDepth`.
 */
export function measureDocument(document: DocumentNode, maxDepth: number, cap: number): DocumentShape {
  const definitions = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') definitions.set(definition.name.value, definition)
  }
  const { order, cycles } = fragmentOrder(definitions)
  const add = (a: number, b: number) => Math.min(cap, a + b)

  const TOO_DEEP: Stats = { ...ZERO, depth: maxDepth + 1 }
  const fragments = new Map<string, Stats>()
  const measure = (set: SelectionSetNode | undefined, level: number): Stats => {
    const total = { ...ZERO }
    if (!set) return total
    for (const selection of set.selections) {
      let stats: Stats
      if (selection.kind === 'Field') {
        const child = !selection.selectionSet
          ? ZERO
          : level >= 2 * maxDepth
            ? TOO_DEEP
            : measure(selection.selectionSet, level + 1)
        stats = {
          depth: 1 + child.depth,
          fields: add(1, child.fields),
          aliases: add(selection.alias ? 1 : 0, child.aliases),
          top: 1,
        }
      } else if (selection.kind === 'InlineFragment') {
        stats = level >= 2 * maxDepth ? TOO_DEEP : measure(selection.selectionSet, level + 1)
      } else {
        // Unknown or cyclic fragments count as empty: validation refuses them anyway.
        stats = fragments.get(selection.name.value) ?? ZERO
      }
      total.depth = Math.max(total.depth, stats.depth)
      total.fields = add(total.fields, stats.fields)
      total.aliases = add(total.aliases, stats.aliases)
      total.top = add(total.top, stats.top)
    }
    return total
  }

  // Dependencies first: a fragment's spreads are measured before the fragment itself.
  for (const name of order) fragments.set(name, measure(definitions.get(name)!.selectionSet, 0))

  const worst = { ...ZERO }
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition') continue
    const stats = measure(definition.selectionSet, 0)
    worst.depth = Math.max(worst.depth, stats.depth)
    worst.fields = Math.max(worst.fields, stats.fields)
    worst.aliases = Math.max(worst.aliases, stats.aliases)
    worst.top = Math.max(worst.top, stats.top)
  }
  return { cycles, worst }
}

/**
 * Fragments in an order where each comes after those it spreads (Kahn's algorithm, no
 * recursion), and those that cannot be ordered because they spread themselves.
 */
function fragmentOrder(definitions: Map<string, FragmentDefinitionNode>): { order: string[]; cycles: string[] } {
  const spreads = new Map<string, Set<string>>()
  for (const [name, definition] of definitions) {
    const found = new Set<string>()
    const stack: SelectionSetNode[] = [definition.selectionSet]
    while (stack.length > 0) {
      for (const selection of stack.pop()!.selections) {
        if (selection.kind === 'FragmentSpread') {
          if (definitions.has(selection.name.value)) found.add(selection.name.value)
        } else if (selection.selectionSet) stack.push(selection.selectionSet)
      }
    }
    spreads.set(name, found)
  }
  const waitingOn = new Map([...spreads].map(([name, deps]) => [name, deps.size]))
  const usedBy = new Map<string, string[]>()
  for (const [name, deps] of spreads) for (const dep of deps) usedBy.set(dep, [...(usedBy.get(dep) ?? []), name])
  const ready = [...waitingOn].filter(([, count]) => count === 0).map(([name]) => name)
  const order: string[] = []
  while (ready.length > 0) {
    const name = ready.pop()!
    order.push(name)
    for (const user of usedBy.get(name) ?? []) {
      const left = waitingOn.get(user)! - 1
      waitingOn.set(user, left)
      if (left === 0) ready.push(user)
    }
  }
  const cycles = [...waitingOn].filter(([, count]) => count > 0).map(([name]) => name)
  return { order, cycles }
}
