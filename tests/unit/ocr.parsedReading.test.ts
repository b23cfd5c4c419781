// A combined line that does not parse gives way to a line several renderings read alike that does.
import { describe, expect, it } from 'vitest'
import { parsedReading } from '../../src/ocr/combine/parsedReading.ts'
import { syntaxCheckerFor } from '../../src/ocr/language/grammar.ts'

const py = syntaxCheckerFor('python')!
const js = syntaxCheckerFor('javascript')!
const r = (text: string) => ({ text, conf: Array.from(text, () => 80) })
const many = (n: number, t: string) => Array.from({ length: n }, () => r(t))

describe('parsedReading', () => {
  it('takes the line three or more renderings read alike where the combined one does not parse', () => {
    const combined = r('self[i] <= right[i]:')
    const readings = [...many(7, 'if left[i] <= right[i]:'), ...many(3, 'elt[i] <= right[i]:'), r('self[i] <= right[i]:')]
    expect(parsedReading(combined, readings, py).text).toBe('if left[i] <= right[i]:')
    expect(parsedReading(r('def the sep, n):'), [...many(3, 'def take(seq, n):'), ...many(4, 'def the sep, n):')], py).text).toBe('def take(seq, n):')
  })

  it('keeps a combined line that parses, and one only two renderings contradict', () => {
    const ok = r('x = y + 1')
    expect(parsedReading(ok, many(9, 'x = y + 2'), py)).toBe(ok)
    const bad = r('self[i] <= right[i]:')
    expect(parsedReading(bad, many(2, 'if left[i] <= right[i]:'), py)).toBe(bad)
  })

  it('never takes a reading with less ink, other braces, or another first keyword', () => {
    const lost = r('if path is None or cookie path == path:')
    expect(parsedReading(lost, many(5, 'if path is None or cookie == path:'), py)).toBe(lost)
    const brace = r('function f(a) {')
    const noBrace = r('function f(a) [')
    expect(parsedReading(noBrace, many(5, 'function f(a) {}'), js)).toBe(noBrace)
    expect(parsedReading(brace, many(5, 'function f(a)'), js)).toBe(brace)
    // The writer's missing colon: "ifn > best" parses, but "if" is what the combination read.
    const colon = r('if n > best')
    expect(parsedReading(colon, many(5, 'ifn > best'), py)).toBe(colon)
  })
})
