// A run of closing brackets read one short (CTC folds "))" into ")"), given back where renderings read it.
import { describe, expect, it } from 'vitest'
import { bankFilesChanged } from './bankSources.ts'
import { closeAtEnd, matchClosers, restoreClosingRuns } from '../../src/ocr/combine/closingRuns.ts'

const many = (n: number, t: string) => Array.from({ length: n }, () => t)

describe('restoreClosingRuns', () => {
  it('gives a run its bracket back where enough renderings read it longer', () => {
    const line = 'for i in range(len(nums):'
    const readings = [...many(22, line), 'for i in range(len(nums)):', 'for i in range(len(nums) ):', ...many(3, 'for i in range(len(nums)')]
    const { lines, fixes } = restoreClosingRuns([line], [readings])
    expect(lines).toEqual(['for i in range(len(nums)):'])
    expect(fixes).toEqual([{ line: 0, at: 24, from: '', to: ')' }])
  })

  it('puts the bracket in the run the renderings read longer, and does square brackets too', () => {
    const line = 'print(f(a) + g(b)'
    const readings = [...many(20, line), ...many(3, 'print(f(a) + g(b))')]
    expect(restoreClosingRuns([line], [readings]).lines).toEqual(['print(f(a) + g(b))'])
    const idx = 'x = grid[r[0]'
    expect(restoreClosingRuns([idx], [[...many(20, idx), ...many(3, 'x = grid[r[0]]')]]).lines).toEqual(['x = grid[r[0]]'])
  })

  it('never adds a bracket only one rendering, or none, read: the writer may have left it out', () => {
    const line = 'print(x'
    expect(restoreClosingRuns([line], [many(29, line)]).lines).toEqual([line])
    const once = 'total = sum(len(a)'
    expect(restoreClosingRuns([once], [[...many(28, once), 'total = sum(len(a))']]).lines).toEqual([once])
  })

  it('leaves balanced lines, brackets inside strings and lines two brackets short', () => {
    const str = "if (c === '(') stack.push(c);"
    expect(restoreClosingRuns([str], [many(10, "if (c === '(')) stack.push(c);")]).lines).toEqual([str])
    const two = 'f(g(h(x)'
    expect(restoreClosingRuns([two], [many(10, 'f(g(h(x)))')]).lines).toEqual([two])
    const ok = 'f(x)'
    expect(restoreClosingRuns([ok], [many(10, 'f(x))')]).lines).toEqual([ok])
  })
})

describe('matchClosers', () => {
  it("closes a brace the line opened where its end reads a bracket instead", () => {
    const { lines, fixes } = matchClosers(['return {v: k for k, v in mapping.items())', 'x = {a: 1]'], 'python')
    expect(lines).toEqual(['return {v: k for k, v in mapping.items()}', 'x = {a: 1}'])
    expect(fixes).toEqual([
      { line: 0, at: 40, from: ')', to: '}' },
      { line: 1, at: 9, from: ']', to: '}' },
    ])
    expect(matchClosers(['const o = {a: f(1)];'], 'javascript').lines).toEqual(['const o = {a: f(1)};'])
  })

  it('leaves a mismatch inside the line, one not of a brace, brackets in strings, closers of earlier lines, and SQL', () => {
    for (const [line, lang] of [
      ['if s(left] != right):', 'python'], // not at the end
      ['x = foo[a)', 'python'], // not a brace: which of the two was misread is unknown
      ["s = '{' + x)", 'python'], // the brace is a string
      ['});', 'javascript'], // closes what earlier lines opened
      ['function f(a) {', 'javascript'],
      ['SELECT {a)', 'sql'],
    ] as const)
      expect(matchClosers([line], lang).lines).toEqual([line])
  })
})

describe('closeAtEnd', () => {
  const changed = (page: string[], language: string) => {
    const { lines } = closeAtEnd(page, language)
    return lines.filter((l, i) => l !== page[i])
  }

  it('closes a statement left open where the next line begins another, or none follows', () => {
    // A held-out hand's "depth(tree.right))": every rendering read one ")".
    const page = ['def depth(tree):', '    if tree is None:', '        return 0', '    return 1 + max(depth(tree.left), depth(tree.right)']
    expect(closeAtEnd(page, 'python').fixes).toEqual([{ line: 3, at: 54, from: '', to: ')' }])
    expect(changed(['total = sum(nums', 'return total'], 'python')).toEqual(['total = sum(nums)'])
    expect(changed(['console.log(max(a, b);', 'const x = f(g(y);'], 'javascript')).toEqual(['console.log(max(a, b));', 'const x = f(g(y));'])
  })

  it('leaves a line that goes on: after a comma or an operator, before a continuation or a closer, a dict, a for header, and SQL', () => {
    for (const kept of [
      ['x = foo(a,', '    b)'],
      ['result = call(a, b', '    + c)'],
      ['x = f(a, b', '    c=1)', 'return x'],
      ['counts = {"a": 1', '}'],
      ['if (a and', '        b):'],
    ])
      expect(changed(kept, 'python')).toEqual([])
    expect(changed(['for (let i = 0; i < n; i++ {', '}'], 'javascript')).toEqual([])
    expect(changed(['SELECT COUNT(id FROM t;'], 'sql')).toEqual([])
  })

  it('changes nothing in the bank', () => {
    expect(bankFilesChanged(closeAtEnd)).toEqual([])
  })
})
