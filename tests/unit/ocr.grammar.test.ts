// The grammar check the recogniser uses to prefer well-formed lines: one line
// judged alone, in Python and JavaScript.
import { describe, expect, it } from 'vitest'
import { syntaxCheckerFor } from '../../src/ocr/language/grammar.ts'
import { combineReadings, type Reading } from '../../src/ocr/combine/combine.ts'
import { loadCharLm, trainCharLm } from '../../src/ocr/language/charLm.ts'

const py = syntaxCheckerFor('python')!
const js = syntaxCheckerFor('javascript')!

describe('syntax errors of one line', () => {
  it('finds none in well-formed Python lines, block headers and continuations included', () => {
    for (const l of ['def _find(self, name, domain=None):', 'if cookie.name == name:', 'else:', 'elif x > 1:', 'except KeyError:', 'finally:', 'return toReturn', 'yield next(seq)', 'break', "raise Error('There are , %r' % (name))", 'x = list(take(seq, size))'])
      expect(py(l), l).toBe(0)
  })

  it('finds errors in Python misreadings: a header without its colon, an unclosed call, words run together', () => {
    for (const l of ['if cookie.name == name', 'def f(a, b)', 'x = list(take(seq, size)', 'dt rams = name', 'or or n, o)']) expect(py(l), l).toBeGreaterThan(0)
  })

  it('judges JavaScript lines that open or close a block as parts of one', () => {
    // (A line closing a call and a block at once, '});', is beyond this: it counts one error in any reading.)
    for (const l of ['function sum(arr) {', '}', '} else {', 'for (let i = 0; i < n; i++) {', 'return a + b;']) expect(js(l), l).toBe(0)
    for (const l of ['for (let i = 0; i < n; i++ {', 'return a +;', 'let = 5;']) expect(js(l), l).toBeGreaterThan(0)
  })

  it("judges a method chain's next link (a line starting with '.') as the continuation of the line above", () => {
    for (const l of ['.filter((o) => o.paid)', '.then((res) => res.json());', '?.map(f)']) expect(js(l), l).toBe(0)
    for (const l of ['.filter((o) => o.paid', '...rest']) expect(js(l), l).toBeGreaterThan(0)
  })

  it('has no opinion where there is no parser (SQL)', () => {
    expect(syntaxCheckerFor('sql')).toBeUndefined()
    expect(syntaxCheckerFor(undefined)).toBeUndefined()
  })
})

describe('combining readings with the grammar', () => {
  // A model that has seen this header without its colon: alone it drops the colon.
  const lm = loadCharLm(trainCharLm(['if x == y', 'if x == y', 'if a == b:', 'x = y', 'else:'], 4, 1))
  const read = (text: string): Reading => ({ text, conf: Array.from(text, () => 80) })
  const readings = [read('if x == y:'), read('if x == y'), read('if x == y:'), read('if x == y')]

  it('keeps the colon of a block header that half the renderings saw', () => {
    expect(combineReadings(readings, 1, lm, { vote: 4, lm: 1 }).text).toBe('if x == y')
    expect(combineReadings(readings, 1, lm, { vote: 4, lm: 1, grammar: 4 }, py).text).toBe('if x == y:')
  })

  it('gives each character the share of renderings that agree on it', () => {
    const out = combineReadings(readings, 1, lm, { vote: 4, lm: 1, grammar: 4 }, py)
    expect(out.conf).toHaveLength(out.text.length)
    expect(out.conf[0]).toBe(100)
    expect(out.conf.at(-1)).toBe(50)
  })
  it('never drops or adds a brace to make a line parse: braces open and close blocks', () => {
    const jsLm = loadCharLm(trainCharLm(['function sum(arr) {', 'return total;', 'let x = f(arr);'], 4, 1))
    const rs = [read('functionsum(arr) {'), read('functionsum(arr) {'), read('functionsum(arr)'), read('functionsum(arr) $')]
    // Glued by the writer's small gap, the header does not parse; the brace stays all the same.
    expect(js('functionsum(arr) {')).toBeGreaterThan(0)
    expect(combineReadings(rs, 0, jsLm, { vote: 4, lm: 1, grammar: 4 }, js).text).toBe('functionsum(arr) {')
  })
})
