/**
 * The GraphQL document measure (src/graphql/documentShape.ts) expands fragments without
 * following a cycle or recursing past the depth limit, in time proportional to the text.
 */
import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { measureDocument } from '../../src/graphql/documentShape'

const measure = (source: string) => measureDocument(parse(source), 15, 10_001)

describe('measureDocument', () => {
  it('counts fields, aliases, root fields and depth with fragments expanded', () => {
    const { cycles, worst } = measure(`
      query { a: list { docs { ...F } } b: list { docs { ...F } } count { total } }
      fragment F on Doc { id x: title rel { ... on Media { url } } }`)
    expect(cycles).toEqual([])
    expect(worst).toEqual({ depth: 4, fields: 14, aliases: 4, top: 3 })
  })

  it('finds fragment cycles, direct and indirect, and still measures the rest', () => {
    expect(measure('{ a { ...A } } fragment A on T { id ...A }').cycles).toEqual(['A'])
    expect(measure('{ a { ...A } } fragment A on T { ...B } fragment B on T { ...C } fragment C on T { ...A }').cycles.sort()).toEqual(['A', 'B', 'C'])
  })

  it('measures a fragment bomb without expanding it (counts stop at the cap)', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on T { ...F${i + 1} ...F${i + 1} }`).join(' ')
    const started = Date.now()
    const { worst } = measure(`{ a { ...F0 } } ${fragments} fragment F40 on T { id }`)
    expect(worst.fields).toBe(10_001)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('stops following nesting past the limit', () => {
    const depth = 1000
    const { worst } = measure(`{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`)
    expect(worst.depth).toBeGreaterThan(15)
    expect(worst.depth).toBeLessThan(100)
  })
})
